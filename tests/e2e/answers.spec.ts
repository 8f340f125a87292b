import { readAnswers } from '../../src/answers/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';

// What every page checks (the owner's words, diagrams, previous/next) is in every-page.spec.ts.
const answers = readAnswers();

test.describe('answer pages', () => {
  test('the sidebar lists all 14 answers grouped by theme, in question order within each group', async ({
    page,
  }) => {
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    const sidebar = page.locator('#starlight__sidebar');
    const links = sidebar.locator('a[href*="/answers/"]');
    await expect(links).toHaveCount(14);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const numbers = hrefs.map((href) => answers.find((a) => href.endsWith(a.path))?.meta.number);
    // Within a theme numbers ascend; every answer appears once.
    expect([...numbers].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(answers.map((a) => a.meta.number));
    const themesInOrder = numbers.map((n) => answers.find((a) => a.meta.number === n)?.meta.theme);
    for (let i = 1; i < numbers.length; i++) {
      if (themesInOrder[i] === themesInOrder[i - 1]) expect(numbers[i]).toBeGreaterThan(numbers[i - 1] ?? 0);
    }
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(/3\. Optimising Spark jobs/);
  });
});

test.describe('home page', () => {
  test(
    'says what the site is and links all 14 questions with a summary',
    { tag: '@base' },
    async ({ page, problems }) => {
      await page.goto(sitePath('/'));
      // Titled once: not "Data Engineering Answers | Data Engineering Answers".
      await expect(page).toHaveTitle('Data Engineering Answers');
      await expect(page.locator('h1')).toContainText('14 interview questions');
      const index = page.locator('[data-answer-index]');
      for (const answer of answers) {
        const card = index.locator('.answer-card', { hasText: answer.question });
        await expect(card.locator('a')).toHaveAttribute('href', new RegExp(`${answer.path}$`));
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
    },
  );

  test('a card leads to its answer', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.locator('[data-answer-index] a', { hasText: answers[3]?.question ?? '' }).click();
    await expect(page.locator('h1')).toHaveText(answers[3]?.question ?? '');
  });
});

test.describe('a trimmed address', () => {
  test('/answers/ and /concepts/ are indexes, not 404s', { tag: '@base' }, async ({ page, problems }) => {
    const response = await page.goto(sitePath('/answers/'));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('All answers');
    for (const answer of answers) {
      await expect(page.locator('[data-answer-index] a', { hasText: answer.question })).toHaveAttribute(
        'href',
        new RegExp(`${answer.path}$`),
      );
    }
    expect((await page.goto(sitePath('/concepts/')))?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Concepts');
    await expect(page.locator('.concept-index a[href$="/concepts/shuffle/"]')).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('404 page', () => {
  test('helps a lost reader: search and a way home', { tag: '@base' }, async ({ page }) => {
    const response = await page.goto(sitePath('/answers/no-such-answer/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.locator('[data-answer-index]')).toBeVisible();
  });
});
