import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { readContentFiles, type ContentFile } from '../shared/content.ts';
import { sectionOf } from '../shared/ids.ts';
import { pagePath } from '../shared/urls.ts';
import { siteDiagramRecords, type BuiltPage } from './diagram-records.ts';
import { buildVocabulary, VOCABULARY_PATH } from './spelling.ts';
import { pageTopics } from './topics.ts';

/**
 * Builds the search index of a finished site with Pagefind's Node API: every page Starlight marks
 * with `data-pagefind-body`, plus a record per diagram box and step (`diagram-records.ts`), then
 * the vocabulary typos are corrected against (`spelling.ts`), made from what was indexed.
 */

/**
 * Parts of indexed pages that are not text to read: the "#" link that starts each diagram caption
 * (an excerpt that began there read "# End-to-end pipeline…"), and the line above an answer
 * ("Question 5 of 14 · Storage · 6 min read"), which results show better as the title's "Q5".
 */
export const EXCLUDED_FROM_INDEX = ['.dg-anchor', '.answer-meta'];

/** The meta fields that hold words to search by (the others name a kind, a page or a diagram). */
const WORD_FIELDS = ['title', 'aliases', 'terms', 'keyterms', 'code'];

export interface SearchIndexSummary {
  pages: number;
  diagramRecords: number;
  words: number;
}

/** How a result names a page that shows a diagram: `Q1 · End-to-end pipeline`, a concept's title. */
function hostLabel(file: ContentFile): string {
  const answer = file.frontmatter['answer'] as { number?: number; shortTitle?: string } | undefined;
  if (answer?.number !== undefined) return `Q${answer.number} · ${answer.shortTitle ?? ''}`.trim();
  if (file.id === 'index') return 'Home page';
  return String(file.frontmatter['title'] ?? file.id);
}

/** The built content pages that may show diagrams, answers first (see `diagramHosts`). */
function builtPages(outDir: string): BuiltPage[] {
  const order = (file: ContentFile) => ({ answers: 0, concepts: 1 })[sectionOf(file.id) ?? 'answers'] ?? 2;
  return readContentFiles()
    .filter((file) => sectionOf(file.id) || file.id === 'index')
    .sort((a, b) => (sectionOf(a.id) ? order(a) : 2) - (sectionOf(b.id) ? order(b) : 2))
    .flatMap((file) => {
      const path = pagePath(file.id);
      const htmlFile = join(outDir, path, 'index.html');
      if (!existsSync(htmlFile)) return [];
      const host = { path, label: hostLabel(file), topics: pageTopics[file.id] ?? [] };
      return [{ host, html: readFileSync(htmlFile, 'utf8') }];
    });
}

/** The text of every record Pagefind wrote (`pagefind/fragment/*.pf_fragment`, gzipped JSON). */
function indexedTexts(bundleDir: string): string[] {
  const dir = join(bundleDir, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
      content: string;
      meta: Record<string, string>;
    };
    return [fragment.content, ...WORD_FIELDS.map((field) => fragment.meta[field] ?? '')].join(' ');
  });
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0)
    throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
  return response;
}

/** Indexes the site built in `outDir` into `outDir/pagefind/`, with the vocabulary beside it. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexSummary> {
  const bundleDir = join(outDir, 'pagefind');
  try {
    const { index } = check(await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX }), 'start');
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count } = check(await index.addDirectory({ path: outDir }), 'index the pages');
    const records = siteDiagramRecords(builtPages(outDir));
    for (const record of records) check(await index.addCustomRecord(record), `index ${record.url}`);
    check(await index.writeFiles({ outputPath: bundleDir }), 'write the index');
    const vocabulary = buildVocabulary(indexedTexts(bundleDir));
    writeFileSync(join(outDir, VOCABULARY_PATH), JSON.stringify(vocabulary));
    return { pages: page_count, diagramRecords: records.length, words: vocabulary.words.length };
  } finally {
    await pagefind.close();
  }
}
