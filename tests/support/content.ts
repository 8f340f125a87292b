import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ANSWERS_DIR = fileURLToPath(new URL('../../src/content/docs/answers/', import.meta.url));

export interface AnswerFile {
  slug: string;
  file: string;
  source: string;
  number: number;
  title: string;
  shortTitle: string;
  theme: string;
}

function field(source: string, key: string): string {
  const match = source.match(new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm'));
  if (!match?.[1]) throw new Error(`no "${key}" in frontmatter`);
  const raw = match[1].trim();
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
}

/** The answer MDX files, read as text and sorted by question number. */
export function readAnswerFiles(): AnswerFile[] {
  return readdirSync(ANSWERS_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = join(ANSWERS_DIR, name);
      const source = readFileSync(file, 'utf8');
      return {
        slug: name.replace(/\.mdx$/, ''),
        file,
        source,
        number: Number(field(source, 'number')),
        title: field(source, 'title'),
        shortTitle: field(source, 'shortTitle'),
        theme: field(source, 'theme'),
      };
    })
    .sort((a, b) => a.number - b.number);
}

/** The text between `<OwnerAnswer ...>` and `</OwnerAnswer>`: the site's own reader. */
export { ownerAnswerMarkdown as ownerAnswerBlock } from '../../src/lib/cheat-sheet.ts';
