import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findFrontmatter, readFrontmatter } from './frontmatter.ts';
import { projectRoot } from './project.ts';

/**
 * The content read straight from disk, without Astro: for what runs before or outside the build
 * (the diagram CLI, the Markdown plugins, the cross-checks, tests and benchmarks). Pages read the
 * same files through `astro:content`; each feature turns either into one model (see
 * `src/answers/answers.ts`, `src/concepts/graph.ts`).
 */

/** A content page: its id, where it is, its text (for lines in messages) and its frontmatter. */
export interface ContentFile {
  /** Collection id: `answers/spark-performance-and-cost`, `concepts/shuffle`, `index`. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  source: string;
  /** The YAML frontmatter as written, not yet checked against the schema. */
  frontmatter: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
}

const CONTENT_DIR = 'src/content/docs';

/** Every `.md`/`.mdx` page under `src/content/docs`, skipping `_`-prefixed files as Starlight does. */
export function readContentFiles(root = projectRoot()): ContentFile[] {
  const base = join(root, CONTENT_DIR);
  if (!existsSync(base)) return [];
  return filesUnder(base)
    .filter((path) => /\.mdx?$/.test(path) && !path.split('/').at(-1)?.startsWith('_'))
    .map((path) => {
      const source = readFileSync(path, 'utf8');
      const id = relative(base, path)
        .replace(/\.mdx?$/, '')
        .replace(/\/index$/, '');
      return {
        id,
        file: relative(root, path),
        source,
        frontmatter: parseFrontmatter(source),
        body: source.slice(findFrontmatter(source)?.bodyOffset ?? 0),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The YAML frontmatter as an object; `{}` when absent or unparsable (Astro reports those). */
export function parseFrontmatter(source: string): Record<string, unknown> {
  return readFrontmatter(source).data;
}

/** Every file under `dir`, at any depth, as paths that start with `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let summaries: Map<string, { title: string; description: string }> | undefined;

/**
 * Each page's title and one-line description (Starlight's `title` and `description`), by its site
 * path (`/concepts/shuffle/`): what a link to the page can say about it. Read once per process.
 */
export function pageSummaries(): Map<string, { title: string; description: string }> {
  summaries ??= new Map(
    readContentFiles().map((file) => [
      file.id === 'index' ? '/' : `/${file.id}/`,
      {
        title: String(file.frontmatter['title'] ?? file.id),
        description:
          typeof file.frontmatter['description'] === 'string' ? file.frontmatter['description'] : '',
      },
    ]),
  );
  return summaries;
}
