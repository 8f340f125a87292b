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

/** The walkthrough steps list and the walk bar's slot, written for the exploring script. */
const STEPS_BLOCK =
  /<div class="dg-walk__slot"[^>]*><\/div><details class="dg-walk[^"]*"[^>]*data-dg-steps[\s\S]*?<\/details>/g;
/** The attributes that tell the script the graph: boxes, edges and the parts of each step. */
const GRAPH_ATTRIBUTES = / data-dg-(?:node|label|edge|from|to|step-nodes|step-edges)(?:="[^"]*")?/g;

/**
 * What the markup for exploring diagrams (#13) adds to a page, gzip: the page as built minus the
 * page without the steps lists and the graph attributes. The boxes' accessible names stay out of
 * the count: they describe the diagram with or without the script.
 */
function exploreMarkup(html: string): number {
  const without = html.replace(STEPS_BLOCK, '').replace(GRAPH_ATTRIBUTES, '');
  return sizes(html).gzip - sizes(without).gzip;
}

/** A file's gzip size, each file read and compressed once: pages share most of their chunks. */
const gzipSizes = new Map<string, number>();
function gzipOf(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) gzipSizes.set(file, (size = sizes(readFileSync(file)).gzip));
  return size;
}

export async function benchScripts(): Promise<void> {
  const answers = readAnswers();
  const entries = new Map<string, { files: Set<string>; pages: number }>();
  const pages = answers.map((answer) => {
    const html = readFileSync(join(DIST, answer.path, 'index.html'), 'utf8');
    const files = new Set<string>();
    for (const [, src = ''] of html.matchAll(MODULE_SRC)) {
      const entry = entries.get(src) ?? { files: withImports(join(DIST, src)), pages: 0 };
      entry.pages += 1;
      entries.set(src, entry);
      entry.files.forEach((file) => files.add(file));
    }
    const gzip = [...files].reduce((sum, file) => sum + gzipOf(file), 0);
    return { path: answer.path, scripts: files.size, gzip, exploreMarkupGzip: exploreMarkup(html) };
  });
  writeResult('scripts', {
    measuredAt: new Date().toISOString(),
    answerPages: answers.length,
    entries: [...entries].map(([src, { files, pages: onPages }]) => ({
      name: scriptName(src),
      chunks: files.size,
      gzip: [...files].reduce((sum, file) => sum + gzipOf(file), 0),
      onPages,
    })),
    pages,
  });
}
