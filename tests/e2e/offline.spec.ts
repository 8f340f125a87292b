import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { cachedPaths, controlled, replaceInFile, TwoDeploys } from '../support/offline.ts';
import { PracticePage } from '../support/practice.ts';
import { BASE_PATH } from '../support/site.ts';

// Offline reading (src/offline/): after one online visit the answers, search and practice work
// without a network; "Save for offline" keeps the rest; a new deploy is offered, then shown. Every
// other spec blocks service workers to check first visits; these allow them.
test.use({ serviceWorkers: 'allow' });

const ANSWER = '/answers/partitioning-large-tables/';
const ANSWER_TITLE = 'How do you choose a partitioning strategy for large tables?';

/** The search page's results for a query, as a reader sees them. */
const searchResults = (page: import('@playwright/test').Page) =>
  page.getByRole('main').getByRole('list', { name: 'Search results' }).locator('> li');

test.describe('offline reading', () => {
  test('after one visit, answers open, search finds a page and a rating is saved offline @base', async ({
    page,
    context,
    problems,
  }) => {
    await page.goto(sitePath('/'));
    await controlled(page);
    // A search made online: its index chunks are kept.
    await page.goto(sitePath('/search/?q=xcom'));
    await expect(searchResults(page).first()).toContainText('XCom');

    await context.setOffline(true);
    const answer = await page.goto(sitePath(ANSWER));
    expect(answer?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANSWER_TITLE);

    await page.goto(sitePath('/search/?q=xcom'));
    await expect(searchResults(page).first()).toContainText('XCom');

    const practice = new PracticePage(page);
    await practice.goto('?q=partitioning-large-tables');
    await practice.practise('good');
    await controlled(page);
    await page.reload();
    await practice.ready();
    expect(Object.keys((await practice.stored())?.cards ?? {})).toContain('partitioning-large-tables');
    expect(problems).toEqual([]);

    // A search never made online needs index chunks this browser did not keep (Pagefind logs the
    // failed fetches, hence after the check above): the empty result says why. Playwright's offline
    // mode does not set `navigator.onLine` in a document loaded after it: set again for this one.
    await page.goto(sitePath('/search/'));
    await context.setOffline(false);
    await context.setOffline(true);
    await page.waitForFunction(() => !navigator.onLine);
    await page.getByRole('searchbox', { name: 'Search answers, concepts and diagrams' }).fill('airflow');
    await expect(page.locator('main [data-search-status]')).toHaveText(
      /^No results for “airflow”\. Offline, search finds only what this browser kept/,
    );
  });

  // Its URLs under a base path come from offline.json (unit-tested); one run keeps the suite short.
  test('Save for offline keeps every page and the whole search index, with progress and size', async ({
    page,
    context,
  }) => {
    await page.goto(sitePath('/practice/'));
    await controlled(page);
    const control = page.locator('[data-offline-save]');
    const status = control.getByRole('status');
    // The first visit kept the answers: what is left to fetch is the rest.
    await expect(status).toHaveText(/^Not saved yet: \d+ files, [\d.]+ MB\.$/);
    await control.getByRole('button', { name: 'Save for offline' }).click();
    // About 430 files: on two busy cores that can take longer than one ordinary expectation.
    await expect(status).toHaveText(
      /^Saved: \d+ files, [\d.]+ MB\. Reading, search and practice now work offline\.$/,
      { timeout: 90_000 },
    );
    const bar = control.locator('progress');
    expect(await bar.evaluate((el: HTMLProgressElement) => el.value === el.max)).toBe(true);

    await context.setOffline(true);
    // A concept page never opened, and a search never made, online.
    await page.goto(sitePath('/concepts/partition-pruning/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partition pruning');
    await page.goto(sitePath('/search/?q=glacier'));
    await expect(searchResults(page).first()).toBeVisible();
  });

  test('embeds, feeds, oEmbed and badges go to the network, never into a cache @base', async ({
    page,
    context,
  }) => {
    await page.goto(sitePath('/'));
    await controlled(page);
    // The embeds are in a scope of their own, whose worker has no fetch handler.
    const embedScope = () =>
      page.evaluate(
        async (url) => (await navigator.serviceWorker.getRegistration(url))?.scope ?? '',
        sitePath('/embed/q/3/'),
      );
    await expect.poll(embedScope).toMatch(new RegExp(`${BASE_PATH}embed/$`));
    const fromWorker: string[] = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker()) fromWorker.push(response.url());
    });
    for (const path of ['/embed/q/3/', '/answers.json', '/feed.xml', '/oembed/q/3.json', '/badge/q/3.svg']) {
      const response = await page.goto(sitePath(path));
      expect(response?.status(), path).toBe(200);
    }
    expect(fromWorker).toEqual([]);
    const never = ['embed/', 'oembed/', 'badge/', 'og/', 'q/', 'feed.xml', 'answers.json'].map(
      (p) => `${BASE_PATH}${p}`,
    );
    expect((await cachedPaths(page)).filter((path) => never.some((p) => path.startsWith(p)))).toEqual([]);

    // Offline, an embed fails as it would without a service worker: nothing answers for it.
    await context.setOffline(true);
    await expect(page.goto(sitePath('/embed/q/3/'))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});

test.describe('a new deploy', () => {
  let deploys: TwoDeploys;
  const removed = 'concepts/xcom/';
  test.beforeAll(async () => {
    deploys = await TwoDeploys.start(`worker-${test.info().workerIndex}`, (dir) => {
      replaceInFile(join(dir, ANSWER, 'index.html'), `>${ANSWER_TITLE}<`, `>${ANSWER_TITLE} (revised)<`);
      rmSync(join(dir, removed), { recursive: true });
    });
  });
  test.afterAll(() => deploys.stop());

  test('is offered with "A new version is available", shown after Reload, and removed pages leave the cache @base', async ({
    page,
    context,
  }) => {
    const at = (path: string) => new URL(path.replace(/^\//, ''), deploys.url).href;
    await page.goto(at(ANSWER));
    await controlled(page);
    await page.goto(at(removed));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('XCom');
    expect(await cachedPaths(page)).toContain(`${BASE_PATH}${removed}`);

    deploys.deploy();
    // A navigation makes the browser check for a new service worker, as a reader's next click does.
    await page.goto(at(ANSWER));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANSWER_TITLE);
    const prompt = page.locator('[data-offline-toast]');
    await expect(prompt).toContainText('A new version is available.');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ANSWER_TITLE} (revised)`);
    await expect(prompt).toBeHidden();

    expect(await cachedPaths(page)).not.toContain(`${BASE_PATH}${removed}`);
    await context.setOffline(true);
    await page.goto(at(removed));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  });
});
