import { readAnswerFiles } from '../support/content.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { readSeed } from '../support/seed.ts';

const seed = readSeed();
const answers = readAnswerFiles();

test.describe('answer pages', () => {
  for (const answer of answers) {
    const spoken = seed.find((s) => s.number === answer.number);

    test(`Q${answer.number} shows its question and the whole answer`, async ({ page, problems }) => {
      await page.goto(sitePath(`/answers/${answer.slug}/`));
      await expect(page.locator('h1')).toHaveText(answer.title);
      const quote = page.locator(`[data-owner-answer="${answer.number}"]`);
      await expect(quote).toBeVisible();
      const shown = (await quote.locator('p').first().innerText()).replace(/\s+/g, ' ').trim();
      expect(shown).toBe(spoken?.text);
      await expect(page.getByRole('heading', { name: 'In 30 seconds' })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  test('previous and next follow question order', async ({ page }) => {
    for (const answer of answers) {
      await page.goto(sitePath(`/answers/${answer.slug}/`));
      const pagination = page.locator('.pagination-links');
      const prev = answers.find((a) => a.number === answer.number - 1);
      const next = answers.find((a) => a.number === answer.number + 1);
      if (prev)
        await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute(
          'href',
          new RegExp(`/answers/${prev.slug}/$`),
        );
      else await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0);
      if (next)
        await expect(pagination.locator('a[rel="next"]')).toHaveAttribute(
          'href',
          new RegExp(`/answers/${next.slug}/$`),
        );
      else await expect(pagination.locator('a[rel="next"]')).toHaveCount(0);
    }
  });

  test('the sidebar lists all 14 answers grouped by theme, in question order within each group', async ({
    page,
  }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const sidebar = page.locator('#starlight__sidebar');
    const links = sidebar.locator('a[href*="/answers/"]');
    await expect(links).toHaveCount(14);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const numbers = hrefs.map((href) => answers.find((a) => href.endsWith(`/answers/${a.slug}/`))?.number);
    // Within a theme numbers ascend; every answer appears once.
    expect([...numbers].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(answers.map((a) => a.number));
    const themesInOrder = numbers.map((n) => answers.find((a) => a.number === n)?.theme);
    for (let i = 1; i < numbers.length; i++) {
      if (themesInOrder[i] === themesInOrder[i - 1]) expect(numbers[i]).toBeGreaterThan(numbers[i - 1] ?? 0);
    }
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(/3\. Optimising Spark jobs/);
  });
});

test.describe('home page', () => {
  test('says what the site is and links all 14 questions with a summary', async ({ page, problems }) => {
    await page.goto(sitePath('/'));
    await expect(page.locator('h1')).toContainText('14 interview questions');
    const index = page.locator('[data-answer-index]');
    for (const answer of answers) {
      const card = index.locator('.answer-card', { hasText: answer.title });
      await expect(card.locator('a')).toHaveAttribute('href', new RegExp(`/answers/${answer.slug}/$`));
      await expect(card.locator('.answer-card__summary')).not.toBeEmpty();
    }
    await expect(index.locator('h2')).toHaveText([
      'Pipelines and platform',
      'Spark',
      'Storage and cost',
      'Quality and operations',
      'Governance',
      'SQL',
      'ML',
    ]);
    expect(problems).toEqual([]);
  });

  test('a card leads to its answer', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.locator('[data-answer-index] a', { hasText: answers[3]?.title ?? '' }).click();
    await expect(page.locator('h1')).toHaveText(answers[3]?.title ?? '');
  });
});

test.describe('404 page', () => {
  test('helps a lost reader: search and a way home', async ({ page }) => {
    const response = await page.goto(sitePath('/answers/no-such-answer/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.locator('[data-answer-index]')).toBeVisible();
  });
});
