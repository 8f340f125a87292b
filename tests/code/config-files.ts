import { LineCounter, parseAllDocuments } from 'yaml';
import type { Block } from './blocks.ts';
import type { CheckResult, Problem } from './report.ts';

/** Parses every YAML block (every document in it) with the `yaml` package, as YAML 1.2. */
export function checkYaml(blocks: Block[]): CheckResult {
  const problems: Problem[] = [];
  for (const block of blocks) {
    const lines = new LineCounter();
    for (const doc of parseAllDocuments(block.code, { lineCounter: lines, prettyErrors: false })) {
      for (const error of [...doc.errors, ...doc.warnings]) {
        const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
        problems.push({ block, codeLine: line, message: `${error.code}: ${error.message}` });
      }
    }
  }
  return { problems, notes: ['yaml (YAML 1.2)'] };
}

/**
 * Reads every `properties` block the way `java.util.Properties.load` does (Spark reads
 * `spark-defaults.conf` with it): `#` and `!` comments, a key ended by `=`, `:` or whitespace,
 * `\` continuing a line. A line with a key and no value, or a key given twice, is a problem: the
 * file loads, but not as its author meant.
 */
export function checkProperties(blocks: Block[]): CheckResult {
  const problems: Problem[] = [];
  for (const block of blocks) {
    const seen = new Map<string, number>();
    const lines = block.code.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const start = i;
      let logical = lines[i]!.trimStart();
      if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) continue;
      // A line ending in an odd number of backslashes continues on the next one.
      while (/(^|[^\\])(\\\\)*\\$/.test(logical) && i + 1 < lines.length)
        logical = logical.slice(0, -1) + lines[++i]!.trimStart();
      let end = 0;
      while (end < logical.length && !'=: \t\f'.includes(logical[end]!)) end += logical[end] === '\\' ? 2 : 1;
      const key = logical.slice(0, end);
      let rest = logical.slice(end).replace(/^[ \t\f]*/, '');
      if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).trimStart();
      if (rest === '') problems.push({ block, codeLine: start + 1, message: `"${key}" has no value` });
      const first = seen.get(key);
      if (first !== undefined)
        problems.push({
          block,
          codeLine: start + 1,
          message: `"${key}" is set again (first on code line ${first})`,
        });
      seen.set(key, start + 1);
    }
  }
  return { problems, notes: ['java.util.Properties rules'] };
}
