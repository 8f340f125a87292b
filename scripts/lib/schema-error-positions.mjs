// Astro reports a frontmatter that fails its schema with the file at line 0 and the field by
// path (`answer.theme: ...`). This turns each such field into `file:line  field: message`, the
// line being where the field is (or its parent block, when the field is missing), so an editor
// can jump straight to it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * @param {string} output  the build's combined output
 * @param {(file: string) => string} [read]  reads a source file (tests pass a fake)
 * @returns {string[]} one `file:line  field: message` per invalid field
 */
export function schemaErrorPositions(output, read = (file) => readFileSync(file, 'utf8')) {
  // Strip ANSI colours; the escape character is built from its code to keep the regex readable.
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const lines = [];
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

/** The line of the deepest part of a dotted field path that the frontmatter has. */
export function lineOfField(source, field) {
  const frontmatter = source.split('\n');
  let line = 1;
  let from = 0;
  for (const key of field.split('.').filter((part) => !/^\d+$/.test(part))) {
    const index = frontmatter.findIndex((text, i) => i >= from && new RegExp(`^\\s*${key}\\s*:`).test(text));
    if (index === -1) break;
    line = index + 1;
    from = index + 1;
  }
  return line;
}
