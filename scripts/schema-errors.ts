// Astro reports a frontmatter that fails its schema with the file at line 0 and the field by
// path (`answer.theme: ...`). This turns each such field into `file:line  field: message`, the
// line being where the field is (or its parent block, when the field is missing), so an editor
// can jump straight to it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lineOfField } from '../src/shared/problems.ts';

/**
 * One `file:line  field: message` per invalid field in a build's combined `output`. `read` reads a
 * source file (tests pass a fake).
 */
export function schemaErrorPositions(
  output: string,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): string[] {
  // Strip ANSI colours; the escape character is built from its code to keep the regex readable.
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const lines: string[] = [];
  const blocks = plain.split(/\[InvalidContentEntryDataError\]/).slice(1);
  for (const block of blocks) {
    const file = block.match(/Location:\s*\n\s*(.+?):\d+:\d+/)?.[1]?.trim();
    if (!file) continue;
    let source = '';
    try {
      source = read(file);
    } catch {
      // Unreadable: line 1 still names the file.
    }
    const body = block.split(/\n\s*Hint:/)[0] ?? '';
    for (const match of body.matchAll(/^\s{2}([\w.[\]]+): (.+)$/gm)) {
      const field = match[1] ?? '';
      lines.push(`${relative(process.cwd(), file)}:${lineOfField(source, field)}  ${field}: ${match[2]}`);
    }
  }
  return lines;
}
