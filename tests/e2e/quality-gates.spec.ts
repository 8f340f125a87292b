import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { sitemapPaths } from '../support/site.ts';

// Gates every page of the sitemap must pass: WCAG 2.1 AA in both themes, no horizontal scrolling
// and no layout shift on a 390 px phone, and readable without JavaScript.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface LayoutShift {
  value: number;
  /** What moved, for the failure message. */
  sources: string[];
}
type ShiftWindow = Window & { __layoutShifts?: LayoutShift[] };

/**
 * Expressive Code makes a code block that scrolls sideways focusable (tabindex, so keyboard users
 * can scroll it) from a script, a moment after load: 250 ms after its ResizeObserver fires, in an
 * idle callback. Waits for that, so axe judges the page a reader gets, not the instant before.
 */
async function codeBlocksSettled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.expressive-code pre')].filter(
            (pre) => pre.scrollWidth > pre.clientWidth && !pre.hasAttribute('tabindex'),
          ).length,
      ),
    )
    .toBe(0);
}

/** Runs in the page before its own scripts: collects layout shifts not caused by the reader. */
function recordLayoutShifts() {
  const shifts: LayoutShift[] = [];
  (window as ShiftWindow).__layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) =>
        source.node instanceof Element
          ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
          : 'text',
      );
      shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const path of sitemapPaths()) {
  test.describe(`/${path}`, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`has no WCAG 2.1 AA violations in ${theme} mode`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(sitePath(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await codeBlocksSettled(page);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
        expect(summary).toEqual([]);
      });
    }

    test('fits a 390 px phone: no horizontal scrolling, nothing moves while it loads', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript(recordLayoutShifts);
      await page.goto(sitePath(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      // Controls wired up by scripts are in the first paint, so loading shifts nothing a reader
      // sees. Lighthouse's "good" is under 0.1; a control popping in measured 0.09.
      await page.evaluate(() => document.fonts.ready);
      const shifts = await page.evaluate(() => (window as ShiftWindow).__layoutShifts ?? []);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of sitemapPaths()) {
    test(`/${path} shows its content and diagrams`, async ({ page }) => {
      await page.goto(sitePath(path));
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main')).toContainText(/\w{3,}/);
      for (const svg of await page.locator('figure.dg svg.dg-svg:visible').all()) {
        await expect(svg).toBeVisible();
      }
    });
  }
});
