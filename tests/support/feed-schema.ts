import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(new URL('./schemas/answers-feed.schema.json', import.meta.url), 'utf8'),
) as object;

/**
 * Validates `/answers.json` against its JSON Schema (JSON Feed 1.1 plus the `_answer` extension).
 * Returns the problems, one line each (`/items/2/_answer/number must be integer`); [] when valid.
 */
export function answersFeedProblems(feed: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  if (validate(feed)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
