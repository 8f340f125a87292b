import { siteBase } from '../shared/urls.ts';
import type { SearchBackend } from './engine.ts';
import { searchRanking } from './ranking.ts';
import { Vocabulary, VOCABULARY_PATH, type VocabularyFile } from './spelling.ts';

/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) this site
 * uses. Pagefind ships no types for it.
 * @see https://pagefind.app/docs/api/
 */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  /** Every filter and value with its page count; also loads the filters, so searches count them. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Filters by name: a value, values that must all match, or `{ any: [...] }`. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] } | { all: string[] }>;

export interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
  /** For each filter, how many results each value would leave with the other filters applied. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: the page's text with the matched words in `<mark>`. */
  excerpt: string;
  /** Positions of the matched words in the section. */
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

let pagefindPromise: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind from the site's own bundle, under the base path, with the ranking every search
 * UI of the site shares, and result URLs that include the base path. Loaded once per page.
 */
export function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    // Built with the site, so the bundler must not try to resolve it.
    const pagefind = (await import(/* @vite-ignore */ `${siteBase()}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ baseUrl: siteBase(), ranking: searchRanking });
    // Pagefind counts results per filter value only for filters it has loaded.
    await pagefind.filters();
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

let vocabularyPromise: Promise<Vocabulary> | undefined;

/** The site's vocabulary for typo correction (`spelling.ts`), fetched the first time a query needs it. */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabularyPromise ??= (async () => {
    const response = await fetch(`${siteBase()}${VOCABULARY_PATH}`);
    if (!response.ok) throw new Error(`${VOCABULARY_PATH}: HTTP ${response.status}`);
    return new Vocabulary((await response.json()) as VocabularyFile);
  })();
  vocabularyPromise.catch(() => (vocabularyPromise = undefined));
  return vocabularyPromise;
}

/** Pagefind and the vocabulary, as the search engine (`engine.ts`) uses them in the browser. */
export const pagefindBackend: SearchBackend<PagefindResultData> = {
  search: async (term, filters) => (await loadPagefind()).search(term, filters ? { filters } : {}),
  vocabulary: loadVocabulary,
};
