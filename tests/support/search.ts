import type { Page } from '@playwright/test';
import { searchRanking } from '../../src/search/index.ts';
import { BASE_PATH } from './site.ts';

/** A page id (`concepts/data-skew`) from a result URL under the base path. */
export function pageIdOf(url: string, basePath = BASE_PATH): string {
  const path = new URL(url, 'http://site').pathname;
  return path.slice(basePath.length).replace(/\/(#.*)?$/, '');
}

/** The part of Pagefind's browser API the specs use. */
export interface PagefindInPage {
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindData {
  url: string;
  content: string;
  /** HTML: the words around the matches, matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string }[];
}

/**
 * Runs `fn` in the page with Pagefind's JS API, loaded from the built site under the base path
 * with the ranking every search UI of the site uses. `page` must be on a page of the site.
 * (`fn` runs in the browser: it sees only its arguments.)
 */
export async function withPagefind<R, A>(
  page: Page,
  fn: (pagefind: PagefindInPage, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const pagefind = await page.evaluateHandle(
    async ({ basePath, ranking }) => {
      const api = (await import(`${basePath}pagefind/pagefind.js`)) as PagefindInPage & {
        options(options: object): Promise<void>;
      };
      await api.options({ baseUrl: basePath, ranking });
      return api;
    },
    { basePath: BASE_PATH, ranking: searchRanking },
  );
  try {
    return (await pagefind.evaluate(fn as never, arg)) as R;
  } finally {
    await pagefind.dispose();
  }
}

/** One query's ranked result URLs, as Pagefind returned them. */
export interface QueryResults {
  query: string;
  urls: string[];
}

/** Runs queries as the site's search does and returns the first `limit` result URLs of each. */
export function searchInPage(page: Page, queries: readonly string[], limit = 5): Promise<QueryResults[]> {
  return withPagefind(
    page,
    async (pagefind, { queries, limit }) => {
      const all = [];
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
        all.push({ query, urls: data.map((d) => d.url) });
      }
      return all;
    },
    { queries, limit },
  );
}

/** What Pagefind indexed for one page (its text content), found by URL among every page. */
export function indexedContent(page: Page, pageId: string): Promise<string | undefined> {
  return withPagefind(
    page,
    async (pagefind, url) => {
      const { results } = await pagefind.search(null, { filters: { kind: { any: ['Answer', 'Concept'] } } });
      for (const result of results) {
        const data = await result.data();
        if (data.url === url) return data.content;
      }
      return undefined;
    },
    `${BASE_PATH}${pageId}/`,
  );
}
