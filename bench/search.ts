// Measures search as a reader gets it, on the built site served gzipped as a CDN would:
//
// - first query: the bytes a reader downloads for their first search (every request made from
//   opening the search dialog to seeing results: the form's script, Pagefind's files and, for a
//   query with a word that may be misspelt, the vocabulary; compressed sizes as sent), and the
//   time from the last keystroke to results; for a plain query ("skew"), a corrected one
//   ("partioning strategy") and a fallback to partial matches ("timezone bug in quarterly totals");
// - the same corrected and fallback queries once Pagefind is loaded: the median time from the
//   last keystroke to results over five runs;
// - keystroke to results: the median time from the last keystroke of a query to its results on
//   screen, over 20 queries typed one after another, in the search dialog and on the search page
//   (both wait 120 ms for typing to stop).
//
// Writes bench/results/search.json and prints the figures. Measures the current dist/ (built
// first only when there is none).
//
//   npm run bench:search          or          npm run bench -- search
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type Page, type Response } from 'playwright';
import { chromiumLaunchOptions } from '../src/shared/chromium.ts';
import { SEARCH_CASES } from '../src/search/index.ts';
import { kib, median, serveDist, writeResult } from './lib.ts';

const PORT = 4393;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASE = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const FIRST_QUERY = 'skew';
const CORRECTED_QUERY = 'partioning strategy';
const FALLBACK_QUERY = 'timezone bug in quarterly totals';
const TIMED_QUERIES = SEARCH_CASES.slice(0, 20).map((searchCase) => searchCase.query);

type TimedWindow = Window & { __lastKey?: number };

/** A search box to time: the page it is on, how to reach it, and when results are on screen. */
interface SearchBox {
  url: string;
  box: string;
  open: (page: Page) => Promise<void>;
  /** Runs in the page: `performance.now()` once results for `query` show, else false. */
  done: (query: string) => number | false;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** What kind of file a URL is, to break the download down. */
function fileKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('vocabulary.json')) return 'vocabulary';
  if (!path.includes('/pagefind/')) return 'search script';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.includes('wasm.')) return 'wasm';
  return 'scripts and entry';
}

/** Records the time of the next keystroke in the focused box (`__lastKey`). */
function markNextKey(): void {
  document.activeElement?.addEventListener(
    'keydown',
    () => ((window as TimedWindow).__lastKey = performance.now()),
    { once: true },
  );
}

/** Types a query into the dialog's box and returns ms from its last keystroke to its results. */
async function timedQuery(page: Page, query: string): Promise<number> {
  const input = page.locator(dialog.box);
  await input.fill('');
  await input.pressSequentially(query.slice(0, -1));
  // The same query may have been searched just before: wait for this search, not that one.
  await page.evaluate(() => {
    delete document.querySelector<HTMLElement>('dialog [data-search-ui]')?.dataset['searched'];
  });
  await page.evaluate(markNextKey);
  await input.press(query.at(-1) ?? '');
  const finished = await page.waitForFunction(dialog.done, query, { polling: 'raf' });
  return page.evaluate(
    (end) => end - ((window as TimedWindow).__lastKey ?? end),
    (await finished.jsonValue()) as number,
  );
}

/**
 * Opens a page in a fresh browser context (empty cache), searches once with "/" and counts the
 * bytes of every response from opening the dialog until the results show, and the time from the
 * last keystroke to results.
 */
async function firstQueryBytes(browser: Browser, query: string) {
  // No offline worker: a first search as the network serves it (docs/offline.md).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${BASE}concepts/shuffle/`);
  await page.waitForLoadState('networkidle');
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await dialog.open(page);
  const ms = await timedQuery(page, query);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(
    responses.map(async (response) => ({
      url: response.url(),
      kind: fileKind(response.url()),
      bytes: (await response.request().sizes()).responseBodySize,
    })),
  );
  await context.close();
  const byKind: Record<string, number> = {};
  for (const file of files) byKind[file.kind] = (byKind[file.kind] ?? 0) + file.bytes;
  return {
    query,
    requests: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    byKind,
    ms: Math.round(ms),
  };
}

/** Median time of a query typed five times in a dialog where Pagefind (and the vocabulary) loaded. */
async function warmQueryTime(browser: Browser, query: string) {
  // No offline worker: a first search as the network serves it (docs/offline.md).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${BASE}concepts/shuffle/`);
  await dialog.open(page);
  await timedQuery(page, 'partioning warm up');
  const times: number[] = [];
  for (let run = 0; run < 5; run++) times.push(await timedQuery(page, query));
  await context.close();
  return { query, medianMs: Math.round(median(times)), maxMs: Math.round(Math.max(...times)) };
}

/**
 * Types each query into a search box and times, in the page, from the last keystroke to the
 * moment results for that query are on screen.
 */
async function keystrokeToResults(browser: Browser, { url, open, box, done }: SearchBox) {
  // No offline worker: a first search as the network serves it (docs/offline.md).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${BASE}${url}`);
  await open(page);
  const input = page.locator(box);
  // The first search loads Pagefind itself; that is the first-query figure, not this one.
  await input.fill('warm up');
  await page.waitForFunction(done, 'warm up');
  const times: number[] = [];
  for (const query of TIMED_QUERIES) {
    await input.fill('');
    await input.pressSequentially(query.slice(0, -1));
    await page.evaluate(markNextKey);
    await input.press(query.at(-1) ?? '');
    const finished = await page.waitForFunction(done, query, { polling: 'raf' });
    const elapsed = await page.evaluate(
      (end) => end - ((window as TimedWindow).__lastKey ?? end),
      (await finished.jsonValue()) as number,
    );
    times.push(elapsed);
  }
  await context.close();
  return {
    queries: times.length,
    medianMs: Math.round(median(times)),
    p90Ms: Math.round(percentile(times, 90)),
    maxMs: Math.round(Math.max(...times)),
  };
}

const dialog: SearchBox = {
  url: 'concepts/shuffle/',
  box: '#search-dialog-query',
  open: async (page: Page) => {
    // The dialog's script announces "/" on the button once it listens for it.
    await page.locator('button[data-open-modal]:not([disabled])[aria-keyshortcuts$="/"]').waitFor();
    await page.keyboard.press('/');
    await page.locator('dialog [data-search-ui][data-search-ready]').waitFor();
  },
  // Results are on screen once the form says it searched the query (set after drawing them).
  done: (query: string) =>
    document.querySelector<HTMLElement>('dialog [data-search-ui]')?.dataset['searched'] === query
      ? performance.now()
      : false,
};

const searchPage: SearchBox = {
  url: 'search/',
  box: '#search-page-query',
  open: async (page: Page) => page.locator('#search-page-query').focus(),
  done: (query: string) =>
    document.querySelector<HTMLElement>('main [data-search-ui]')?.dataset['searched'] === query
      ? performance.now()
      : false,
};

export async function benchSearch() {
  if (!existsSync('dist/pagefind/pagefind.js')) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const server = await serveDist(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const firstQuery = await firstQueryBytes(browser, FIRST_QUERY);
    const figures = {
      firstQuery,
      correctedQuery: {
        first: await firstQueryBytes(browser, CORRECTED_QUERY),
        warm: await warmQueryTime(browser, CORRECTED_QUERY),
      },
      fallbackQuery: {
        first: await firstQueryBytes(browser, FALLBACK_QUERY),
        warm: await warmQueryTime(browser, FALLBACK_QUERY),
      },
      keystrokeToResults: {
        dialog: await keystrokeToResults(browser, dialog),
        searchPage: await keystrokeToResults(browser, searchPage),
      },
    };
    writeResult('search', figures);
    for (const [what, first, warm] of [
      ['first query', firstQuery, undefined],
      ['corrected query', figures.correctedQuery.first, figures.correctedQuery.warm],
      ['fallback query', figures.fallbackQuery.first, figures.fallbackQuery.warm],
    ] as const) {
      console.log(
        `  ${what} "${first.query}": ${kib(first.bytes)} in ${first.requests} requests, ${first.ms} ms (` +
          Object.entries(first.byKind)
            .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
            .join(', ') +
          ')' +
          (warm ? `; once loaded, median ${warm.medianMs} ms` : ''),
      );
    }
    for (const [where, timing] of Object.entries(figures.keystrokeToResults)) {
      console.log(
        `  keystroke to results, ${where}: median ${timing.medianMs} ms, p90 ${timing.p90Ms} ms, max ${timing.maxMs} ms (${timing.queries} queries)`,
      );
    }
    return figures;
  } finally {
    await browser.close();
    server.kill();
  }
}
