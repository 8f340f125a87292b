import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { metaValue, type Block } from './blocks.ts';
import { blockProblem, label, type CheckResult, type Problem } from './report.ts';

/**
 * What a JSON block may say it is, in its meta (`schema=iam-policy`), and the JSON Schema of that
 * shape, written from AWS's documentation (the links are in each schema's `description`).
 */
export const JSON_KINDS = {
  'iam-policy': 'IAM policy document',
  's3-lifecycle': 'S3 lifecycle configuration (PutBucketLifecycleConfiguration)',
} as const;
type Kind = keyof typeof JSON_KINDS;

const isKind = (name: string): name is Kind => Object.hasOwn(JSON_KINDS, name);

function loadValidators(): Record<Kind, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  const load = (kind: Kind) =>
    ajv.compile(JSON.parse(readFileSync(new URL(`schemas/${kind}.schema.json`, import.meta.url), 'utf8')));
  return { 'iam-policy': load('iam-policy'), 's3-lifecycle': load('s3-lifecycle') };
}

/** The 1-based line of the value at an Ajv `instancePath` (`/Rules/0/Status`) in the block's text. */
function lineOf(code: string, instancePath: string): number {
  const lines = new LineCounter();
  const doc = parseDocument(code, { lineCounter: lines });
  const path = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lines.linePos(node.range[0]).line : 1;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(the document)';
  if (error.keyword === 'additionalProperties')
    return `${where}: unknown property "${String(error.params['additionalProperty'])}"`;
  if (error.keyword === 'enum')
    return `${where}: must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${error.message ?? error.keyword}`;
}

/**
 * Parses every JSON block as strict JSON, and validates those whose meta names a kind against its
 * schema. Other JSON (log events, API payloads) is parsed only, and listed.
 */
export function checkJson(blocks: Block[]): CheckResult {
  const validators = loadValidators();
  const problems: Problem[] = [];
  const parsedOnly: string[] = [];
  const validated: Record<string, number> = {};
  for (const block of blocks) {
    const kind = metaValue(block, 'schema');
    if (kind !== undefined && !isKind(kind)) {
      problems.push(
        blockProblem(block, `unknown schema "${kind}" (known: ${Object.keys(JSON_KINDS).join(', ')})`),
      );
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(block.code);
    } catch (error) {
      // V8 says where: "... in JSON at position 42 (line 3 column 5)".
      const message = (error as Error).message;
      const line = Number(/\(line (\d+) column \d+\)/.exec(message)?.[1] ?? 1);
      problems.push({ block, codeLine: line, message: `invalid JSON: ${message}` });
      continue;
    }
    if (kind === undefined) {
      parsedOnly.push(`${block.file}:${block.firstLine} ${label(block)}`);
      continue;
    }
    validated[kind] = (validated[kind] ?? 0) + 1;
    const validate = validators[kind];
    if (validate(value)) continue;
    const seen = new Set<string>();
    const errors = validate.errors ?? [];
    // A failed `oneOf`/`not`/`type` at a value whose parts have errors of their own says less than
    // those: keep the deepest.
    const deeper = (e: ErrorObject) => errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`));
    for (const error of errors.filter((e) => !deeper(e))) {
      const message = `not a valid ${JSON_KINDS[kind]}: ${describe(error)}`;
      if (seen.has(message)) continue;
      seen.add(message);
      // An unknown property is pointed at where it is written, not at its object.
      const extra = error.keyword === 'additionalProperties' ? error.params['additionalProperty'] : undefined;
      const path = extra === undefined ? error.instancePath : `${error.instancePath}/${String(extra)}`;
      problems.push({ block, codeLine: lineOf(block.code, path), message });
    }
  }
  const counts = Object.entries(validated).map(([kind, n]) => `${n} ${kind}`);
  return {
    problems,
    notes: [
      `validated against their schema: ${counts.join(', ') || 'none'}; parsed only (no schema= in the meta): ${parsedOnly.length}`,
      ...parsedOnly.map((line) => `  parsed only: ${line}`),
    ],
  };
}
