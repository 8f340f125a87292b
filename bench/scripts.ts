// `npm run bench -- scripts`: what each page script costs, from the built site: for every
// `<script type="module" src>` an answer page loads, its gzip size with the chunks it imports, and
// on how many of the 14 answer pages it loads. Static imports only: what loads before a reader
// does anything (Pagefind's own files load when search opens, and are measured by `search`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnswers } from '../src/answers/index.ts';
import { sizes, writeResult } from './lib.ts';

const DIST = 'dist';
const MODULE_SRC = /<script type="module" src="([^"]+)"/g;
const STATIC_IMPORT = /(?:import|from)\s*"(\.\/[^"]+\.js)"/g;

/** The chunk file and every chunk it imports, transitively, as paths under dist/. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, relative] of code.matchAll(STATIC_IMPORT))
    withImports(join(file, '..', relative ?? ''), seen);
  return seen;
}

/** `Diagram.astro_astro_type_script_index_0_lang.C2OXoLPX.js` → `Diagram.astro`; `ec.0vx5m.js` → `ec`. */
const scriptName = (src: string) =>
  (src.split('/').pop() ?? src).replace(/(_astro_type_script.*)?\.[\w-]+\.js$/, '');

export async function benchScripts(): Promise<void> {
  const answers = readAnswers();
  const entries = new Map<string, { files: Set<string>; pages: number }>();
  const pages = answers.map((answer) => {
    const html = readFileSync(join(DIST, answer.path, 'index.html'), 'utf8');
    const files = new Set<string>();
    for (const [, src] of html.matchAll(MODULE_SRC)) {
      const chunk = withImports(join(DIST, src ?? ''));
      const entry = entries.get(src ?? '') ?? { files: chunk, pages: 0 };
      entry.pages += 1;
      entries.set(src ?? '', entry);
      chunk.forEach((file) => files.add(file));
    }
    const gzip = [...files].reduce((sum, file) => sum + sizes(readFileSync(file)).gzip, 0);
    return { path: answer.path, scripts: files.size, gzip };
  });
  writeResult('scripts', {
    measuredAt: new Date().toISOString(),
    answerPages: answers.length,
    entries: [...entries].map(([src, { files, pages: onPages }]) => ({
      name: scriptName(src),
      chunks: files.size,
      gzip: [...files].reduce((sum, file) => sum + sizes(readFileSync(file)).gzip, 0),
      onPages,
    })),
    pages,
  });
}
