import { readAnswers } from '../../src/answers/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { readSeed } from '../support/seed.ts';
import { publicUrl } from '../support/site.ts';

const answers = readAnswers();
const seed = readSeed();

test.describe('all answers on one page', () => {
  test('shows the 14 questions in order, each with the owner’s answer word for word and key points', async ({
    page,
    problems,
  }) => {
    await page.goto(sitePath('/all-answers/'));
    await expect(page.locator('h1')).toHaveText('All answers on one page');
    const sheets = page.locator('[data-cheat-sheet-answer]');
    await expect(sheets).toHaveCount(answers.length);
    for (const [index, answer] of answers.entries()) {
      const sheet = sheets.nth(index);
      const number = answer.meta.number;
      await expect(sheet.locator('h2')).toHaveText(`Q${number}. ${answer.question}`);
      const quote = sheet.locator(`[data-owner-answer="${number}"] p`).first();
      const shown = (await quote.innerText()).replace(/\s+/g, ' ').trim();
      expect(shown).toBe(seed.find((s) => s.number === number)?.text);
      expect(await sheet.locator('[data-key-points] li').count()).toBeGreaterThanOrEqual(3);
      await expect(sheet.getByRole('link', { name: 'Full answer' })).toHaveAttribute(
        'href',
        new RegExp(`${answer.path}$`),
      );
    }
    expect(problems).toEqual([]);
  });

  test('is linked from the home page and from the sidebar', { tag: '@base' }, async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.getByRole('link', { name: 'All answers on one page' }).first().click();
    await expect(page.locator('h1')).toHaveText('All answers on one page');
    await page.goto(sitePath('/concepts/shuffle/'));
    await page.locator('#starlight__sidebar').getByRole('link', { name: 'All answers on one page' }).click();
    await expect(page.locator('h1')).toHaveText('All answers on one page');
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveText(
      'All answers on one page',
    );
  });

  test('prints as a cheat sheet: no navigation, light colours in dark mode, a page per answer, link URLs shown', async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.goto(sitePath('/all-answers/'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ media: 'print' });

    for (const navigation of [
      page.locator('header.header'),
      page.locator('#starlight__sidebar'),
      page.locator('.right-sidebar-container'),
      page.locator('mobile-starlight-toc'),
      page.locator('site-search'),
      page.locator('.pagination-links'),
      page.getByRole('button', { name: 'Print or save as PDF' }),
    ]) {
      await expect(navigation).toBeHidden();
    }
    await expect(page.locator('[data-cheat-sheet]')).toBeVisible();

    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');

    const breaks = await page
      .locator('[data-cheat-sheet-answer]')
      .evaluateAll((sheets) => sheets.map((sheet) => getComputedStyle(sheet).breakBefore));
    expect(breaks[0]).not.toBe('page');
    expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);

    const fullAnswer = page
      .locator('[data-cheat-sheet-answer="3"]')
      .getByRole('link', { name: 'Full answer' });
    const after = await fullAnswer.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain(publicUrl(answers[2]?.path ?? ''));
  });
});
