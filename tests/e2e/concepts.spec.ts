import { readAnswers } from '../../src/answers/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';

const answers = readAnswers();

test.describe('concepts and cross-links', () => {
  test('an answer shows its concept chips, which lead to concept pages', async ({ page }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const chips = page.getByRole('navigation', { name: 'Concepts in this answer' });
    await expect(chips.getByRole('link', { name: 'Shuffle', exact: true })).toBeVisible();
    await chips.getByRole('link', { name: 'Shuffle', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Shuffle');
  });

  test('an answer lists related answers, explicit ones first', async ({ page }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const related = page.locator('section', { has: page.getByRole('heading', { name: 'Related answers' }) });
    await expect(related.getByRole('link').first()).toContainText('Explain narrow vs wide transformations');
  });

  test('a concept page shows the answers that use it, generated from the answers', async ({ page }) => {
    await page.goto(sitePath('/concepts/shuffle/'));
    const usedIn = page.locator('section', {
      has: page.getByRole('heading', { name: 'Answers that use this concept' }),
    });
    const expected = answers.filter((a) => a.meta.concepts.includes('shuffle'));
    await expect(usedIn.getByRole('link')).toHaveCount(expected.length);
    await usedIn.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/answers\//);
  });

  test("the first mention of a concept in an answer links to its page, the owner's words unchanged", async ({
    page,
  }) => {
    await page.goto(sitePath('/answers/end-to-end-data-pipeline/'));
    const first = page.locator('.sl-markdown-content a.concept-link').first();
    await expect(first).toHaveAttribute('href', /\/concepts\/medallion-architecture\/$/);
  });

  test('hovering a concept link opens a preview card; moving away closes it', async ({ page }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const link = page.locator('.sl-markdown-content a[href$="/concepts/shuffle/"]').first();
    await link.hover();
    const card = page.locator('#concept-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Shuffle');
    await expect(card).toContainText('partitions');
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
  });

  test('focusing a concept link opens the card, described for screen readers; Esc closes it', async ({
    page,
  }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const link = page.locator('.sl-markdown-content a[href$="/concepts/shuffle/"]').first();
    await link.focus();
    const card = page.locator('#concept-card');
    await expect(card).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'concept-card');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('the preview card does not cover the line being read', async ({ page }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const link = page.locator('.sl-markdown-content a[href$="/concepts/shuffle/"]').first();
    await link.hover();
    const card = page.locator('#concept-card');
    await expect(card).toBeVisible();
    const linkBox = await link.boundingBox();
    const cardBox = await card.boundingBox();
    if (!linkBox || !cardBox) throw new Error('no boxes');
    const overlaps = cardBox.y < linkBox.y + linkBox.height && cardBox.y + cardBox.height > linkBox.y;
    expect(overlaps).toBe(false);
  });

  test('the concept map links every answer and every concept', { tag: '@base' }, async ({ page }) => {
    await page.goto(sitePath('/concept-map/'));
    const hrefs = [
      ...new Set(
        await page
          .locator('figure.dg svg a.dg-link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
      ),
    ];
    for (const answer of answers) expect(hrefs.some((h) => h.endsWith(answer.path))).toBe(true);
    const conceptLinks = await page.locator('.concept-index dt a').count();
    expect(conceptLinks).toBeGreaterThanOrEqual(30);
    expect(hrefs.filter((h) => h.includes('/concepts/')).length).toBe(conceptLinks);
  });
});

test.describe('concept links without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('are plain links', async ({ page }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const link = page.locator('.sl-markdown-content a[href$="/concepts/shuffle/"]').first();
    await link.click();
    await expect(page.locator('h1')).toHaveText('Shuffle');
  });
});
