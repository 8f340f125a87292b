// Measures search as a reader gets it, on the built site served gzipped as a CDN would:
//
// - first query: the bytes a reader downloads for their first search (every request under
//   /pagefind/, compressed sizes as sent), from opening the search dialog to seeing results;
// - keystroke to results: the median time from the last keystroke of a query to its results on
//   screen, over 20 queries typed one after another, in the search dialog (Pagefind's UI, which
//   waits 300 ms for typing to stop) and on the search page (120 ms).
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

/** What kind of Pagefind file a URL is, to break the download down. */
function fileKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.includes('wasm.')) return 'wasm';
  return 'scripts and entry';
}

/**
 * Opens a page in a fresh browser context (empty cache), searches once with "/" and counts the
 * bytes of every Pagefind response until the results show.
 */
async function firstQueryBytes(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${BASE}concepts/shuffle/`);
  // Starlight loads Pagefind's UI script when the browser is idle; it is part of every page,
  // searched or not, so only requests made for the search itself are counted.
  await page.waitForLoadState('networkidle');
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/')) responses.push(response);
  });
  await dialog.open(page);
  await page.keyboard.type(FIRST_QUERY);
  await page.locator('dialog .pagefind-ui__result-link').first().waitFor();
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
    query: FIRST_QUERY,
    requests: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    byKind,
  };
}

/**
 * Types each query into a search box and times, in the page, from the last keystroke to the
 * moment results for that query are on screen.
 */
async function keystrokeToResults(browser: Browser, { url, open, box, done }: SearchBox) {
  const context = await browser.newContext();
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
    await page.evaluate(() => {
      const box = document.activeElement;
      box?.addEventListener('keydown', () => ((window as TimedWindow).__lastKey = performance.now()), {
        once: true,
      });
    });
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
  box: 'dialog .pagefind-ui__search-input',
  open: async (page: Page) => {
    // Starlight enables the button; our script then adds "/" (announced on the button first).
    await page.locator('button[data-open-modal]:not([disabled])[aria-keyshortcuts$="/"]').waitFor();
    await page.keyboard.press('/');
    await page.locator('dialog .pagefind-ui__search-input:focus').waitFor();
  },
  // Results are on screen when the message names the query and the first result has its title.
  done: (query: string) => {
    const message = document.querySelector('dialog .pagefind-ui__message')?.textContent ?? '';
    const ready =
      message.endsWith(` for ${query}`) && document.querySelector('dialog .pagefind-ui__result-link');
    return ready ? performance.now() : false;
  },
};

const searchPage: SearchBox = {
  url: 'search/',
  box: '#search-page-query',
  open: async (page: Page) => page.locator('#search-page-query').focus(),
  done: (query: string) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status.includes(`“${query}”`) ? performance.now() : false;
  },
};

export async function benchSearch() {
  if (!existsSync('dist/pagefind/pagefind.js')) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const server = await serveDist(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const firstQuery = await firstQueryBytes(browser);
    const figures = {
      firstQuery,
      keystrokeToResults: {
        dialog: await keystrokeToResults(browser, dialog),
        searchPage: await keystrokeToResults(browser, searchPage),
      },
    };
    writeResult('search', figures);
    console.log(
      `  first query "${firstQuery.query}": ${kib(firstQuery.bytes)} in ${firstQuery.requests} Pagefind requests (` +
        Object.entries(firstQuery.byKind)
          .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
          .join(', ') +
        ')',
    );
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
