import { expect, sitePath, test } from '../support/fixtures.ts';

// Visual check against committed baselines (tests/e2e/__screenshots__/). After an intended change
// to how pages look, update them with: npm run test:visual:update   and review the new images.
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'answer', path: '/answers/spark-performance-and-cost/' },
  { name: 'concept-map', path: '/concept-map/' },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const { name, path } of PAGES) {
  for (const viewport of VIEWPORTS) {
    // One load for both themes: the page opens light, then the reader's theme switch turns it dark,
    // which is what a dark load shows too (the baselines were taken from fresh loads of each).
    test(`${name} looks as approved (light and dark, ${viewport.name})`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      await page.goto(sitePath(path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.evaluate(() => document.fonts.ready);
      // Tight enough that a missing button fails (a row of controls is about 1 % of a phone
      // screen), loose enough for anti-aliasing differences between runs.
      await expect(page).toHaveScreenshot(`${name}-light-${viewport.name}.png`, { maxDiffPixelRatio: 0.002 });
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('starlight-theme-select select');
        if (!select) throw new Error('no theme switch');
        select.value = 'dark';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page).toHaveScreenshot(`${name}-dark-${viewport.name}.png`, { maxDiffPixelRatio: 0.002 });
    });
  }
}
