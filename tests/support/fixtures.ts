import {
  test as base,
  expect,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';
import { recordPageEvents } from './page-checks.ts';

export { expect };

interface PageProblems {
  /** Console errors, uncaught exceptions and failed or 4xx/5xx same-origin requests on this page. */
  problems: string[];
}

interface ReusedPageProblems {
  /** `problems`, recorded on `reusedPage` for the length of one test. */
  reusedPageProblems: string[];
}

interface WorkerFixtures {
  /** A browser context with JavaScript off, shared by a worker's tests: open a page, close it. */
  noScriptContext: BrowserContext;
  /** One page in that context, reused by a worker's tests that only navigate and read. */
  noScriptPage: Page;
  /**
   * One page with JavaScript, reused by a worker's tests that check whole pages: every load starts
   * in the light theme, records layout shifts and CSP violations, and bypasses the HTTP cache, so
   * each load is a reader's first visit. Reusing it saves a browser context and a renderer process
   * per test (half of a page check's time); a test sets the viewport it needs before loading.
   */
  reusedPage: Page;
}

/**
 * `test` with a page that records every console error, page error and failed request. Specs that
 * must be clean call `expect(problems).toEqual([])`; the 404 spec expects its own 404 and filters it.
 */
export const test = base.extend<PageProblems & ReusedPageProblems, WorkerFixtures>({
  noScriptContext: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({
        ...(baseURL ? { baseURL } : {}),
        javaScriptEnabled: false,
        serviceWorkers: 'block',
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  noScriptPage: [
    async ({ noScriptContext }, use) => {
      const page = await noScriptContext.newPage();
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
  reusedPage: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      // Every load a first visit: no service worker either (the offline spec tests it).
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      await recordPageEvents(page);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  problems: ({ page, baseURL }, use) => watchProblems(page, baseURL, use),
  reusedPageProblems: ({ reusedPage, baseURL }, use) => watchProblems(reusedPage, baseURL, use),
});

/** Records a page's problems (see `problems`) while one test uses the list. */
async function watchProblems(
  page: Page,
  baseURL: string | undefined,
  use: (problems: string[]) => Promise<void>,
): Promise<void> {
  const problems: string[] = [];
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequestFailed = (request: Request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && response.url().startsWith(origin)) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  await use(problems);
  // A reused page outlives the test: the next test records its own.
  page.off('console', onConsole);
  page.off('pageerror', onPageError);
  page.off('requestfailed', onRequestFailed);
  page.off('response', onResponse);
}

/** Paths of the site relative to the base (no leading slash), so `page.goto` honours BASE_PATH. */
export function sitePath(path: string): string {
  return path.replace(/^\//, '');
}
