import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

interface PageProblems {
  /** Console errors, uncaught exceptions and failed or 4xx/5xx same-origin requests on this page. */
  problems: string[];
}

interface WorkerFixtures {
  /** A browser context with JavaScript off, shared by a worker's tests: open a page, close it. */
  noScriptContext: BrowserContext;
  /** One page in that context, reused by a worker's tests that only navigate and read. */
  noScriptPage: Page;
}

/**
 * `test` with a page that records every console error, page error and failed request. Specs that
 * must be clean call `expect(problems).toEqual([])`; the 404 spec expects its own 404 and filters it.
 */
export const test = base.extend<PageProblems, WorkerFixtures>({
  noScriptContext: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), javaScriptEnabled: false });
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
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().startsWith(origin)) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    await use(problems);
  },
});

/** Paths of the site relative to the base (no leading slash), so `page.goto` honours BASE_PATH. */
export function sitePath(path: string): string {
  return path.replace(/^\//, '');
}
