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
  filters: Record<string, string[]>;
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

/**
 * What a result link leads to, as `SEARCH_CASES` name it: a page id (`concepts/data-skew`), or a
 * diagram box or step (`diagram:spark-optimisation/skew`, `diagram:airflow-dag/step-2`) whatever
 * page shows the diagram.
 */
export function resultIdOf(url: string, basePath = BASE_PATH): string {
  const hash = new URL(url, 'http://site').hash;
  const diagram = decodeURIComponent(hash).match(/^#diagram-(.+\/.+)$/);
  return diagram ? `diagram:${diagram[1]}` : pageIdOf(url, basePath);
}

/** What one search UI showed for a query. */
export interface UiResults {
  query: string;
  /** Hrefs of the result titles, best first. */
  urls: string[];
  status: string;
  /** The "Showing results for" line, empty when the query was not corrected. */
  correction: string;
}

/** Where each search UI lives: the header dialog's form, or the search page's. */
export const SEARCH_UI = {
  dialog: 'dialog [data-search-ui]',
  page: 'main [data-search-ui]',
} as const;

/**
 * Runs queries in a search UI as a reader would, one after another: types each into the box,
 * submits, and waits until the form reports that query searched (`data-searched`, set once its
 * results are drawn). The form must be ready (`data-search-ready`): open the dialog first.
 */
export function searchInUi(
  page: Page,
  ui: keyof typeof SEARCH_UI,
  queries: readonly string[],
  limit = 3,
): Promise<UiResults[]> {
  return page.evaluate(
    async ({ selector, queries, limit }) => {
      const root = document.querySelector<HTMLElement>(selector);
      const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
      const form = root?.querySelector('form');
      if (!root || !input || !form || !('searchReady' in root.dataset))
        throw new Error(`${selector} is not ready`);
      const all = [];
      for (const query of queries) {
        delete root.dataset['searched'];
        const searched = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (root.dataset['searched'] !== query) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(root, { attributes: true, attributeFilter: ['data-searched'] });
        });
        input.value = query;
        form.requestSubmit();
        await searched;
        all.push({
          query,
          urls: [...root.querySelectorAll('.search-result__link')]
            .slice(0, limit)
            .map((link) => link.getAttribute('href') ?? ''),
          status: root.querySelector('[data-search-status]')?.textContent ?? '',
          correction: root.querySelector('[data-search-correction]:not([hidden])')?.textContent ?? '',
        });
      }
      return all;
    },
    { selector: SEARCH_UI[ui], queries, limit },
  );
}
