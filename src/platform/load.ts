import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { ContentError, type Problem } from '../shared/problems.ts';
import { PlatformSchema, type Platform } from './schema.ts';
import { projectRoot } from '../shared/project.ts';

/** The platform file, relative to the project root. */
export const PLATFORM_FILE = 'src/content/platform.yaml';

/** The platform, and where each of its entries is written (for messages about it). */
export interface LoadedPlatform {
  platform: Platform;
  /** The line of a key path in the file (`['tables', 'lake.silver.orders', 'write']`). */
  lineOf(path: readonly string[]): number;
}

/**
 * Parses the platform file text, keeping positions, and validates it. Throws a `ContentError`
 * with one `file:line  field: message` per problem (YAML syntax errors included).
 */
export function parsePlatform(text: string, file = PLATFORM_FILE): LoadedPlatform {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const syntax: Problem[] = doc.errors.map((error) => ({
    position: { file, line: lineAt(error.pos[0]) },
    message: `YAML: ${error.message.split('\n')[0]}`,
  }));
  if (syntax.length > 0) throw new ContentError(syntax, `Invalid ${file}`);

  const lineOf = (path: readonly string[]) => lineOfPath(doc, path, lineAt);
  const result = PlatformSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      return {
        position: { file, line: lineOf(path) },
        message: `${path.join('.') || '(file)'}: ${issue.message}`,
      };
    });
    throw new ContentError(problems, `Invalid ${file}`);
  }
  return { platform: result.data, lineOf };
}

/** The line of the deepest key of `path` the document has (a missing key points at its parent). */
function lineOfPath(doc: Document, path: readonly string[], lineAt: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = lineAt(pair.key.range[0]);
    node = pair.value;
  }
  return line;
}

/** Reads and validates `src/content/platform.yaml` under `root`. */
export function readPlatform(root = projectRoot()): LoadedPlatform {
  return parsePlatform(readFileSync(join(root, PLATFORM_FILE), 'utf8'));
}
