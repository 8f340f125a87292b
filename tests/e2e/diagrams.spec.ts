import { expect, sitePath, test } from '../support/fixtures.ts';
import { sharedUrl } from '../support/site.ts';

// Every answer page shows its diagrams with caption and text version, and fits a phone: checked
// page by page in every-page.spec.ts.
const SPARK = '/answers/spark-performance-and-cost/';

/** The fill of the first flowchart node rectangle, as the browser computes it. */
async function nodeFill(page: import('@playwright/test').Page): Promise<string> {
  return page
    .locator('figure.dg .node rect, figure.dg .node path')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
}

test.describe('diagrams', () => {
  test('no Mermaid runtime is loaded by a page with diagrams', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(sitePath(SPARK));
    await expect(page.locator('figure.dg svg.dg-svg').first()).toBeVisible();
    expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
  });

  test('switching the theme recolours the nodes of the same SVG', async ({ page }) => {
    await page.goto(sitePath(SPARK));
    await page.locator('starlight-theme-select select').first().selectOption('light');
    const light = await nodeFill(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(() => nodeFill(page)).not.toBe(light);
  });

  test(
    'a click on a linked box opens its card, the card leads to its page; Ctrl or Cmd and a middle click open it in a new tab',
    { tag: '@base' },
    async ({ page, context }) => {
      await page.goto(sitePath(SPARK));
      const link = page.locator('figure.dg a.dg-link').first();
      const href = (await link.getAttribute('href')) ?? '';
      for (const click of [{ modifiers: ['ControlOrMeta' as const] }, { button: 'middle' as const }]) {
        const [tab] = await Promise.all([context.waitForEvent('page'), link.click(click)]);
        await expect(tab).toHaveURL(new RegExp(`${href}$`));
        await tab.close();
      }
      await expect(page).toHaveURL(new RegExp(`${SPARK}$`));
      await link.click();
      const card = page.locator('.dg-card');
      await expect(card).toBeVisible();
      await card.locator('.dg-card__link').click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator('h1')).toBeVisible();
    },
  );

  test('node links are reachable by keyboard, and lead on from the card Enter opens', async ({ page }) => {
    await page.goto(sitePath(SPARK));
    const link = page.locator('figure.dg a.dg-link').first();
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', {
      name: (await link.locator('[data-dg-label]').getAttribute('data-dg-label')) ?? '',
    });
    await card.locator('.dg-card__link').click();
    await expect(page).toHaveURL(/\/concepts\//);
  });

  test('the full-screen view zooms by buttons, wheel and keys, and Esc closes it', async ({ page }) => {
    await page.goto(sitePath(SPARK));
    const figure = page.locator('figure.dg').first();
    await figure.getByRole('button', { name: 'Zoom' }).click();
    const dialog = page.locator('dialog.dg-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('svg')).toBeVisible();
    await expect(dialog).toHaveAttribute('data-scale', '1.000');
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await expect(dialog).toHaveAttribute('data-scale', '1.250');
    await page.keyboard.press('+');
    await expect(dialog).toHaveAttribute('data-scale', '1.563');
    await page.keyboard.press('0');
    await expect(dialog).toHaveAttribute('data-scale', '1.000');
    await page.keyboard.press('-');
    await expect(dialog).toHaveAttribute('data-scale', '0.800');
    const viewport = dialog.locator('.dg-dialog__viewport');
    await viewport.hover();
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => Number(await dialog.getAttribute('data-scale'))).toBeGreaterThan(0.8);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The SVG is back in the page, and focus returns to the button that opened the view.
    await expect(figure.locator('svg.dg-svg')).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Zoom' })).toBeFocused();
  });

  test('the full-screen view opens from the keyboard and pans by dragging', async ({ page }) => {
    await page.goto(sitePath(SPARK));
    const open = page.locator('figure.dg').first().getByRole('button', { name: 'Zoom' });
    await open.focus();
    await page.keyboard.press('Enter');
    const stage = page.locator('.dg-dialog__stage');
    await expect(stage).toBeVisible();
    // The whole diagram fits this screen, where it cannot move: zoomed in, it can.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(page.locator('dialog.dg-dialog')).toHaveAttribute('data-scale', '1.563');
    const before = await stage.evaluate((el) => el.style.transform);
    const box = await page.locator('.dg-dialog__viewport').boundingBox();
    if (!box) throw new Error('no viewport');
    await page.mouse.move(box.x + 50, box.y + 50);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + 120);
    await page.mouse.up();
    await expect.poll(() => stage.evaluate((el) => el.style.transform)).not.toBe(before);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.dg-dialog')).toBeHidden();
  });

  test(
    '"Copy link" copies the stable anchor of the figure at the site\'s public address',
    { tag: '@base' },
    async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(sitePath(SPARK));
      const figure = page.locator('figure.dg').first();
      await figure.getByRole('button', { name: 'Copy link' }).click();
      await expect(figure.getByRole('status')).toHaveText('Link copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${sharedUrl(SPARK)}#diagram-spark-optimisation`);
    },
  );

  test('"View Mermaid source" shows the diagram source', async ({ page }) => {
    await page.goto(sitePath(SPARK));
    const source = page.locator('.dg-block details', { hasText: 'View Mermaid source' }).first();
    await source.locator('summary').click();
    await expect(source.locator('pre')).toContainText('accTitle:');
  });
});

test.describe('diagrams without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('are visible, captioned and readable as text', async ({ page }) => {
    await page.goto(sitePath(SPARK));
    const figure = page.locator('figure.dg').first();
    await expect(figure.locator('svg.dg-svg')).toBeVisible();
    await expect(figure.locator('figcaption')).toContainText('Optimising a Spark job');
    await expect(figure.locator('.dg-toolbar')).toBeHidden();
  });
});
