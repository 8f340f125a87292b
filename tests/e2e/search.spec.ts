import { axeViolations } from '../support/page-checks.ts';
import type { Locator, Page } from '@playwright/test';
import { readAnswers } from '../../src/answers/index.ts';
import { readRendered } from '../../src/diagrams/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { withPagefind } from '../support/search.ts';

const airflowAnswer = readAnswers().find((a) => a.meta.number === 10);
const sparkAnswer = readAnswers().find((a) => a.slug === 'spark-performance-and-cost');

/** The search dialog in the header, with the site's search form inside. */
class SearchDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly box: Locator;
  readonly results: Locator;
  readonly message: Locator;
  readonly correction: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Search' });
    this.box = this.dialog.getByRole('searchbox', { name: 'Search' });
    this.results = this.dialog.getByRole('list', { name: 'Search results' }).locator('> li');
    this.message = this.dialog.locator('[data-search-status]');
    this.correction = this.dialog.locator('[data-search-correction]');
  }

  /**
   * Waits until the search button is wired and announces "/" (the dialog's script does that
   * last), so a key pressed now is not lost.
   */
  async ready(): Promise<void> {
    const button = this.page.locator('button[data-open-modal]');
    await expect(button).toBeEnabled();
    await expect(button).toHaveAttribute('aria-keyshortcuts', /(^| )\/$/);
  }

  /** Opens the dialog with "/" and types a query once the search box has focus. */
  async search(query: string): Promise<void> {
    await this.ready();
    await this.page.keyboard.press('/');
    await expect(this.box).toBeFocused();
    await this.page.keyboard.type(query);
  }

  /** A result, found by its title. */
  result(title: string | RegExp): Locator {
    return this.results.filter({ has: this.page.getByRole('heading', { name: title }) }).first();
  }
}

/** The search page's form and results. */
class SearchPage {
  readonly page: Page;
  readonly box: Locator;
  readonly status: Locator;
  readonly results: Locator;

  constructor(page: Page) {
    this.page = page;
    this.box = page.getByRole('searchbox', { name: 'Search answers, concepts and diagrams' });
    this.status = page.locator('main [data-search-status]');
    this.results = page.getByRole('list', { name: 'Search results' }).locator('> li');
  }

  result(title: string | RegExp): Locator {
    return this.results.filter({ has: this.page.getByRole('heading', { name: title }) }).first();
  }
}

test.describe('search dialog', () => {
  test('"/" opens it from any page, with the cursor in the search box', async ({ page, problems }) => {
    const search = new SearchDialog(page);
    await page.goto(sitePath('/concepts/shuffle/'));
    await search.ready();
    await page.keyboard.press('/');
    await expect(search.dialog).toBeVisible();
    await expect(search.box).toBeFocused();
    await expect(search.box).toHaveValue('');
    expect(problems).toEqual([]);
  });

  test('opened before the browser has had an idle moment, it still gets its search box', async ({ page }) => {
    // Starlight builds the search box in an idle callback, and Chromium can run none while the
    // modal dialog is open. This page never gets an idle moment at all.
    await page.addInitScript(() => {
      let next = 0;
      window.requestIdleCallback = () => ++next;
      window.cancelIdleCallback = () => {};
    });
    const search = new SearchDialog(page);
    await page.goto(sitePath('/concepts/shuffle/'));
    await search.ready();
    await page.keyboard.press('/');
    await expect(search.box).toBeFocused();
    await page.keyboard.type('skew');
    await expect(search.result(/^Data skew$/)).toBeVisible();
  });

  test('Ctrl+K opens it too', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto(sitePath('/answers/partitioning-large-tables/'));
    await search.ready();
    await page.keyboard.press('Control+k');
    await expect(search.box).toBeFocused();
  });

  test('"/" typed into a text field stays in the field', async ({ page }) => {
    const search = new SearchDialog(page);
    const searchPage = new SearchPage(page);
    await page.goto(sitePath('/search/'));
    await search.ready();
    await searchPage.box.click();
    await page.keyboard.type('ci/cd');
    await expect(searchPage.box).toHaveValue('ci/cd');
    await expect(search.dialog).toBeHidden();
  });

  test('typing shows results that say what each hit is', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto(sitePath('/'));
    await search.search('xcom');
    const concept = search.result(/^XCom$/);
    await expect(concept.locator('.search-result__kind')).toHaveText('Concept');
    const answer = search.result(`Q10 · ${airflowAnswer?.question}`);
    await expect(answer.locator('.search-result__kind')).toHaveText('Answer');
    // Sub-results lead to the matching section of the answer.
    await expect(
      answer.locator('.search-result__sections a', { hasText: 'XCom for metadata' }),
    ).toHaveAttribute(
      'href',
      /\/answers\/orchestrating-pipelines-with-airflow\/#xcom-for-metadata-storage-for-data$/,
    );
  });

  test('filters narrow the results to a kind or a topic', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto(sitePath('/'));
    const answersForSkew = await withPagefind(
      page,
      async (pagefind) => (await pagefind.search('skew', { filters: { kind: 'Answer' } })).results.length,
    );
    await search.search('skew');
    await expect(search.message).toHaveText(/^\d+ results for “skew”$/);
    await expect(search.message).not.toHaveText(`${answersForSkew} results for “skew”`);

    await search.dialog
      .getByRole('group', { name: 'Kind' })
      .getByRole('checkbox', { name: /^Answers/ })
      .check();
    await expect(search.message).toHaveText(`${answersForSkew} results for “skew” with these filters`);
    await expect(search.dialog.locator('.search-result__kind', { hasText: 'Concept' })).toHaveCount(0);

    await search.dialog.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: /^ML/ }).check();
    await expect(search.results).toHaveCount(1);
    await expect(search.result(/^Q12 · /)).toBeVisible();
  });

  test('the arrow keys pick a result and Enter opens it', { tag: '@base' }, async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto(sitePath('/'));
    await search.search('xcom');
    const links = search.dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(links.first()).toHaveText('XCom');

    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(search.box).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/concepts\/xcom\/$/);
    await expect(page.locator('h1')).toHaveText('XCom');
  });
  for (const theme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.1 AA violations with results shown (${theme})`, async ({ page }) => {
      const search = new SearchDialog(page);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(sitePath('/'));
      await search.search('xcom');
      await expect(search.result(/^XCom$/)).toBeVisible();
      expect(await axeViolations(page, 'dialog')).toEqual([]);
    });
  }
});

test.describe('search page', () => {
  test('/search/?q=xcom shows the results on load', async ({ page, problems }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/search/?q=xcom'));
    await expect(page.locator('h1')).toHaveText('Search');
    await expect(search.box).toHaveValue('xcom');
    await expect(search.status).toHaveText(/^\d+ results? for “xcom”$/);

    const first = search.results.first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/concepts\/xcom\/$/);
    await expect(first.locator('.search-result__kind')).toHaveText('Concept');
    const answer = search.result(`Q10 · ${airflowAnswer?.question}`);
    await expect(answer.locator('.search-result__kind')).toHaveText('Answer');
    await expect(answer.getByRole('link', { name: 'XCom for metadata, storage for data' })).toHaveAttribute(
      'href',
      /#xcom-for-metadata-storage-for-data$/,
    );
    expect(problems).toEqual([]);
  });

  test('searches as the reader types and keeps the URL shareable', { tag: '@base' }, async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/search/'));
    await search.box.fill('medallion');
    await expect(search.results.first().getByRole('heading')).toHaveText(/^Medallion architecture/);
    await expect(page).toHaveURL(/\/search\/\?q=medallion$/);

    await page.reload();
    await expect(search.box).toHaveValue('medallion');
    await expect(search.results.first().getByRole('heading')).toHaveText(/^Medallion architecture/);
  });

  test('filters narrow the results and travel in the URL', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/search/?q=skew'));
    await expect(search.status).toHaveText(/results for “skew”$/);
    const answersOnly = page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /Answers/ });
    await answersOnly.check();
    await expect(page).toHaveURL(/\?q=skew&kind=Answer$/);
    await expect(search.status).toHaveText(/results? for “skew” with these filters$/);
    await expect(search.results.first()).toBeVisible();
    for (const result of await search.results.all()) {
      await expect(result.locator('.search-result__kind')).toHaveText('Answer');
    }

    await page.goto(sitePath('/search/?q=partition&kind=Concept&topic=Spark'));
    await expect(page.getByRole('checkbox', { name: /Concepts/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Spark/ })).toBeChecked();
    await expect(search.results.first().getByRole('heading')).toHaveText('Partition pruning');
    for (const result of await search.results.all()) {
      await expect(result.locator('.search-result__kind')).toHaveText('Concept');
      await expect(result.locator('.search-result__topics')).toContainText('Spark');
    }
  });

  test('the arrow keys pick a result and Enter opens it', { tag: '@base' }, async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/search/?q=partition%20explosion'));
    const firstLink = search.results.first().getByRole('link').first();
    await expect(firstLink).toHaveText('Partition explosion');
    await search.box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/concepts\/partition-explosion\/$/);
  });

  test("takes the 404 page's search to its results", { tag: '@base' }, async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/answers/no-such-answer/'));
    await page.getByRole('search').getByRole('searchbox').fill('partition explosion');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=partition\+explosion$/);
    await expect(search.results.first().getByRole('heading')).toHaveText('Partition explosion');
  });

  test('says so when nothing matches', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/search/?q=kubernetesoperatorxyz'));
    await expect(search.status).toHaveText(/^No results for “kubernetesoperatorxyz”/);
    await expect(search.results).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.1 AA violations with results and filters shown (${theme})`, async ({ page }) => {
      const search = new SearchPage(page);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(sitePath('/search/?q=skew&kind=Answer'));
      await expect(search.results.first()).toBeVisible();
      await expect(search.status).toHaveText(/with these filters$/);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('search that never comes back empty', () => {
  test('a misspelt word finds what the right spelling finds, saying so, with the words as typed a click away (dialog)', async ({
    page,
  }) => {
    const search = new SearchDialog(page);
    await page.goto(sitePath('/concepts/shuffle/'));
    await search.search('partioning strategy');
    await expect(search.correction).toHaveText(
      'Showing results for partitioning strategy. Search instead for “partioning strategy”',
    );
    await expect(search.results.first().getByRole('heading')).toHaveText(/^Q5 · /);

    await search.correction.getByRole('link', { name: 'Search instead for “partioning strategy”' }).click();
    await expect(search.dialog).toBeVisible();
    await expect(search.correction).toBeHidden();
    await expect(search.message).toHaveText(/“partioning strategy”/);
  });

  test(
    'the search page corrects the same way, and the words as typed have their own URL',
    { tag: '@base' },
    async ({ page }) => {
      const search = new SearchPage(page);
      await page.goto(sitePath('/search/?q=broadcats%20join'));
      const correction = page.locator('main [data-search-correction]');
      await expect(correction).toContainText('Showing results for broadcasts join.');
      await expect(search.results.first().getByRole('heading')).toHaveText('Broadcast join');
      await correction.getByRole('link', { name: /^Search instead for/ }).click();
      await expect(page).toHaveURL(/\/search\/\?q=broadcats\+join&verbatim=1$/);
      await expect(correction).toBeHidden();
    },
  );

  test('when no page has every word, the pages with most of them show, labelled as partial matches', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    await page.goto(sitePath('/search/?q=timezone%20bug%20in%20quarterly%20totals'));
    await expect(search.status).toHaveText(
      /^No page has every word of “timezone bug in quarterly totals”: \d+ results? with most of them\.$/,
    );
    await expect(search.results.first().locator('.search-result__partial')).toHaveText(
      /^Partial match: no “\w+”$/,
    );
    await expect(search.result(/^Q13 · /)).toBeVisible();
  });

  test(
    'a diagram box is a result that opens the page with its card shown',
    { tag: '@base' },
    async ({ page }) => {
      const search = new SearchDialog(page);
      await page.goto(sitePath('/concepts/shuffle/'));
      await search.search('executors idle');
      const box = search.results.first();
      await expect(box.locator('.search-result__kind')).toHaveText('Diagram box');
      await expect(box.locator('.search-result__context')).toHaveText(
        `${readRendered('spark-optimisation')?.title} · Q3 · ${sparkAnswer?.meta.shortTitle}`,
      );
      await box.getByRole('link').click();
      await expect(page).toHaveURL(
        /\/answers\/spark-performance-and-cost\/#diagram-spark-optimisation\/idle$/,
      );
      await expect(page.locator('.dg-card')).toBeVisible();
      await expect(page.locator('.dg-card')).toHaveAccessibleName(/^Executors idle/);
    },
  );

  test('a walkthrough step is a result that opens the walkthrough at that step', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto(
      sitePath('/search/?q=scan%20over%20many%20small%20files%20compacting%20OPTIMIZE&kind=Diagram'),
    );
    const step = search.results.first();
    await expect(step.locator('.search-result__kind')).toHaveText('Diagram step');
    await step.getByRole('link', { name: 'Step 4 of 6' }).click();
    await expect(page).toHaveURL(/#diagram-spark-optimisation\/step-4$/);
    await expect(page.locator('#diagram-spark-optimisation-step-4')).toHaveAttribute('aria-current', 'step');
  });

  test('at 1280 x 800 the dialog shows three results or more, their excerpts free of repeated titles', async ({
    page,
  }) => {
    const search = new SearchDialog(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(sitePath('/'));
    await search.search('partition');
    await expect(search.message).toHaveText(/results for “partition”$/);
    const frame = await search.dialog.locator('.dialog-frame').boundingBox();
    const boxes = await search.results.evaluateAll((items) =>
      items.map((item) => item.getBoundingClientRect().bottom),
    );
    const fullyShown = boxes.filter((bottom) => frame && bottom <= frame.y + frame.height);
    expect(
      fullyShown.length,
      `result bottoms ${boxes.join(', ')}; dialog ends at ${frame?.y} + ${frame?.height}`,
    ).toBeGreaterThanOrEqual(3);
    // A concept page opens with its title as a heading: the excerpt starts after it ("Partitioning.
    // Partitioning splits…" read the title twice).
    const concept = search.result(/^Partitioning$/);
    await expect(concept.locator('.search-result__excerpt').first()).not.toHaveText(/^(#|Partitioning\.)/);
  });
});
