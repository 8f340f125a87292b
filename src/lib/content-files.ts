import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

/** A content page read straight from disk: what the cross-checks need, with the text for lines. */
export interface ContentFile {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Collection id: `answers/spark-performance-and-cost`, `concepts/shuffle`, `index`. */
  id: string;
  source: string;
  frontmatter: Record<string, unknown>;
}

export const CONTENT_DIR = 'src/content/docs';

/** Reads every `.md`/`.mdx` page under `src/content/docs`, skipping `_`-prefixed files as Starlight does. */
export function readContentFiles(root = '.'): ContentFile[] {
  const base = join(root, CONTENT_DIR);
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        const source = readFileSync(path, 'utf8');
        const id = relative(base, path)
          .replace(/\.mdx?$/, '')
          .replace(/\/index$/, '');
        files.push({ file: relative(root, path), id, source, frontmatter: parseFrontmatter(source) });
      }
    }
  };
  walk(base);
  return files.sort((a, b) => a.id.localeCompare(b.id));
}

/** The YAML frontmatter as an object; `{}` when absent or unparsable (Astro reports those). */
export function parseFrontmatter(source: string): Record<string, unknown> {
  const match = source.match(/^---\n([\s\S]*?)\n---/);
  if (!match?.[1]) return {};
  try {
    const data = yaml.load(match[1]);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The site path of a content id: `answers/x` -> `/answers/x/`, `index` -> `/`. */
export function pathOfId(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}
