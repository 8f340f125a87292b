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
    for (const theme of ['light', 'dark'] as const) {
      test(`${name} looks as approved (${theme}, ${viewport.name})`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(sitePath(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.evaluate(() => document.fonts.ready);
        // Tight enough that a missing button fails (a row of controls is about 1 % of a phone
        // screen), loose enough for anti-aliasing differences between runs.
        await expect(page).toHaveScreenshot(`${name}-${theme}-${viewport.name}.png`, {
          maxDiffPixelRatio: 0.002,
        });
      });
    }
  }
}
