import type { Page } from '@playwright/test';
import { checkedAgainstText, readAnswers, type Answer } from '../../src/answers/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import {
  axeViolations,
  cspViolations,
  horizontalOverflow,
  layoutShifts,
  scriptsReady,
  trackTransfer,
} from '../support/page-checks.ts';
import { drawnLabels, illegible } from '../support/legibility.ts';
import { readSeed } from '../support/seed.ts';
import { sitemapPaths } from '../support/site.ts';

// Every page of the sitemap, loaded once with JavaScript and once without, must pass every gate:
// one test per page, so a failure names the page and the step. Each worker reuses one page of each
// kind (see `reusedPage`): a load is still a first visit, without a new browser context each time.

/** Issue 24's budget: an answer page transfers at most 90 KiB gzip, far below what a client-side
 * diagram library (200+ KiB) would add. Counted here as the bodies served (gzip): see
 * `trackTransfer`. `npm run bench -- pages` counts each response's HTTP headers too (about 0.2 KiB
 * for each of some 20 requests on its local server), so its totals run about 4 KiB higher
 * (bench/RESULTS.md). */
const ANSWER_PAGE_BUDGET_KIB = 90;
/** Lighthouse's "good" is under 0.1; a control popping in once measured 0.09. */
const LAYOUT_SHIFT_LIMIT = 0.01;
/**
 * Diagram labels a reader can read without zooming (issue 23), in CSS pixels: the median label of
 * each diagram on a 390 px phone and on a 1280 px desktop, and the smallest label anywhere. The
 * pages aim higher (src/diagrams/legibility.ts); these are the floors.
 */
const LABELS = { phone: 11, desktop: 13, smallest: 9 };

const answers = readAnswers();
const seed = readSeed();

for (const path of sitemapPaths()) {
  const answer = answers.find((a) => a.path === `/${path}`);

  test(`/${path} passes every page gate`, async ({
    reusedPage: page,
    reusedPageProblems: problems,
    noScriptPage: plain,
  }) => {
    await test.step('without JavaScript: its content and diagrams, legible on a phone and a desktop', async () => {
      await plain.setViewportSize({ width: 390, height: 844 });
      // The checks below wait for what they need; the load event (fonts, images) adds nothing.
      await plain.goto(sitePath(path), { waitUntil: 'domcontentloaded' });
      await expect(plain.locator('h1')).toBeVisible();
      await expect(plain.locator('main')).toContainText(/\w{3,}/);
      // Each diagram shows one picture: the theme's SVG in the layout its frame's width picked,
      // drawn without any script.
      for (const figure of await plain.locator('figure.dg').all()) {
        await expect(figure.locator('svg.dg-svg:visible')).toHaveCount(1);
      }
      expect(illegible(await drawnLabels(plain), LABELS.phone, LABELS.smallest)).toEqual([]);
      await plain.setViewportSize({ width: 1280, height: 800 });
      expect(illegible(await drawnLabels(plain), LABELS.desktop, LABELS.smallest)).toEqual([]);
    });

    const transfer = trackTransfer(page, { headers: false });
    await test.step('on a 390 px phone, as soon as it has loaded: no WCAG 2.1 AA violation (light)', async () => {
      // The reused page starts each load in the light theme, recording shifts and CSP violations.
      await page.setViewportSize({ width: 390, height: 844 });
      const response = await page.goto(sitePath(path));
      expect(response?.status()).toBe(200);
      // Before scripts had a chance to patch the page: what a reader gets at first, and all that a
      // reader without JavaScript ever gets.
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('on the phone: no sideways scrolling, legible diagrams, nothing moved while it loaded', async () => {
      await expect(page.locator('h1')).toBeVisible();
      expect(await horizontalOverflow(page)).toBe(0);
      expect(illegible(await drawnLabels(page), LABELS.phone, LABELS.smallest)).toEqual([]);
      if (answer) {
        // The answer first: its 30-second summary starts on the first screen, under one row of
        // controls and one line of concept chips.
        const first = await firstScreen(page);
        expect(first.summaryTop, 'the summary heading, from the top of a 844 px screen').toBeLessThan(
          844 - 200,
        );
        expect(first.chipRows, 'rows of concept chips').toBe(1);
      }
      await page.evaluate(() => document.fonts.ready);
      await scriptsReady(page);
      const { total, shifts } = await layoutShifts(page);
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(LAYOUT_SHIFT_LIMIT);
    });

    await test.step('on a desktop in dark mode, after its scripts ran: no WCAG 2.1 AA violation, legible diagrams', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page)).toEqual([]);
      expect(illegible(await drawnLabels(page), LABELS.desktop, LABELS.smallest)).toEqual([]);
    });

    await test.step('its diagram labels read as written, with no escaped entities', async () => {
      const labels = await page.locator('svg.dg-svg text').allTextContents();
      expect(labels.filter((text) => /&(?:amp|nbsp|quot|lt|gt|#\d+);|#(?:\d+|[a-z]+);/.test(text))).toEqual(
        [],
      );
    });

    if (answer) await test.step('as an answer page', () => checkAnswerPage(page, answer));

    await test.step('with no console error, failed request or CSP violation, within its budget', async () => {
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      if (answer) {
        const kib = (await transfer.total()) / 1024;
        expect(kib, `transferred ${kib.toFixed(1)} KiB (gzip)`).toBeLessThan(ANSWER_PAGE_BUDGET_KIB);
      }
    });
  });
}

/** What an answer page shows: the question, the owner's words, its diagrams and its neighbours. */
async function checkAnswerPage(page: Page, answer: Answer): Promise<void> {
  const number = answer.meta.number;
  await expect(page.locator('h1')).toHaveText(answer.question);
  await expect(page.locator('[data-answer-checked]'), 'what the page was checked against').toHaveText(
    `${checkedAgainstText(answer.meta.reviewed)}.`,
  );
  const quote = page.locator(`[data-owner-answer="${number}"]`);
  await expect(quote).toBeVisible();
  const shown = (await quote.locator('p').first().innerText()).replace(/\s+/g, ' ').trim();
  expect(shown, "the owner's answer, word for word").toBe(seed.find((s) => s.number === number)?.text);
  await expect(page.getByRole('heading', { name: 'In 30 seconds' })).toBeVisible();

  const block = page.locator('.dg-block').first();
  await expect(block.locator('figure.dg svg.dg-svg:visible')).toBeVisible();
  await expect(block.locator('figcaption')).not.toBeEmpty();
  await expect(block.locator('svg.dg-svg:visible > title')).not.toBeEmpty();
  await expect(block.locator('details', { hasText: 'Diagram as text' })).toBeAttached();

  // Previous and next follow question order, not the sidebar's theme order.
  const pagination = page.locator('.pagination-links');
  for (const [rel, neighbour] of [
    ['prev', answers.find((a) => a.meta.number === number - 1)],
    ['next', answers.find((a) => a.meta.number === number + 1)],
  ] as const) {
    const link = pagination.locator(`a[rel="${rel}"]`);
    if (neighbour) await expect(link).toHaveAttribute('href', new RegExp(`${neighbour.path}$`));
    else await expect(link).toHaveCount(0);
  }
}

/** Where an answer's first screen puts its summary, and on how many rows its concept chips sit. */
function firstScreen(page: Page): Promise<{ summaryTop: number; chipRows: number }> {
  return page.evaluate(() => {
    const summary = [...document.querySelectorAll('h2')].find(
      (h) => h.textContent?.trim() === 'In 30 seconds',
    );
    const chips = [...document.querySelectorAll('.concept-chips li')].filter(
      (li) => li.getClientRects().length > 0,
    );
    return {
      summaryTop: summary?.getBoundingClientRect().top ?? Infinity,
      chipRows: new Set(chips.map((li) => Math.round(li.getBoundingClientRect().top))).size,
    };
  });
}
