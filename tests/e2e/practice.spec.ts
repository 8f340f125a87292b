import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { readAnswers } from '../../src/answers/index.ts';
import { FSRS_PARAMETERS, RATINGS } from '../../src/practice/schedule.ts';
import { STORAGE_KEY } from '../../src/practice/store.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { axeViolations } from '../support/page-checks.ts';
import { PracticePage } from '../support/practice.ts';
import { BASE_PATH, publicUrl, sharedUrl } from '../support/site.ts';

// Practice mode (/practice/): rehearse a question (draft, reveal, tick, rate) with FSRS scheduling,
// progress kept in localStorage by slug, export and import, the mock interview and the Anki deck.

const answers = readAnswers();
const answer = (number: number) => {
  const found = answers.find((a) => a.meta.number === number);
  if (!found) throw new Error(`no question ${number}`);
  return found;
};
const spark = answer(3);
const partitioning = answer(5);
/** Monday 2 March 2026, 09:00 UTC: every date in these tests is counted from it. */
const NOW = new Date('2026-03-02T09:00:00Z');
const GRADES = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;

// Dates are written in en-GB in the reader's time zone: fix both so the expected text is known.
test.use({ timezoneId: 'UTC', locale: 'en-GB' });

test.describe('practising one question', () => {
  for (const { name, label } of RATINGS) {
    test(`draft, reveal, tick, rate ${label}: the next review is the date FSRS gives`, async ({
      page,
      problems,
    }) => {
      await page.clock.setFixedTime(NOW);
      const practice = new PracticePage(page);
      await practice.goto(`?q=${spark.slug}`);
      await expect(practice.title).toHaveText(spark.question);
      await expect(page.locator('[data-answer]')).toBeHidden();

      await practice.draft.fill('Read the plan, cut shuffles, broadcast small tables.');
      await practice.reveal.click();
      await expect(page.locator('[data-owner-slot] [data-owner-answer="3"]')).toBeVisible();
      await expect(practice.keyPoints).toHaveCount(spark.meta.keyPoints.length);
      await expect(practice.status).toContainText('Answer shown');
      await practice.keyPoints.nth(0).check();
      await practice.keyPoints.nth(2).check();

      const expected = fsrs(FSRS_PARAMETERS).next(createEmptyCard(NOW), NOW, GRADES[name]).card.due;
      const days = Math.round((expected.getTime() - NOW.getTime()) / 86_400_000);
      const when = days === 1 ? 'tomorrow' : `in ${days} days`;
      await expect(practice.ratingButton(name)).toHaveAccessibleName(new RegExp(`^${label} ${when}`));
      await practice.ratingButton(name).click();

      const due = new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      });
      await expect(practice.result).toHaveText(
        `Rated ${label}, 2 of ${spark.meta.keyPoints.length} key points covered. Next review: ${due.format(expected)} (${when}).`,
      );
      const longDate = new Intl.DateTimeFormat('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      await expect(practice.status).toHaveText(
        `Rated ${label}. Next review ${longDate.format(expected)}, ${when}.`,
      );

      const record = (await practice.stored())?.cards[spark.slug];
      expect(record?.card.due).toBe(expected.toISOString());
      expect(record?.history).toEqual([
        {
          at: NOW.toISOString(),
          rating: name,
          covered: 2,
          total: spark.meta.keyPoints.length,
          due: expected.toISOString(),
          draft: 'Read the plan, cut shuffles, broadcast small tables.',
        },
      ]);
      expect(problems).toEqual([]);
    });
  }

  test('a question rated Good comes back on the day FSRS says, and not before', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const practice = new PracticePage(page);
    await practice.goto(`?q=${spark.slug}`);
    await practice.practise('good');
    const due = new Date((await practice.stored())?.cards[spark.slug]?.card.due ?? '');

    await practice.goto();
    await expect(practice.row(spark.slug)).not.toHaveAttribute('data-due');
    await expect(page.locator('[data-due-summary]')).toHaveText(
      '13 questions are waiting for a first practice.',
    );

    await page.clock.setFixedTime(due);
    await practice.goto();
    await expect(practice.row(spark.slug)).toHaveAttribute('data-due');
    await expect(page.locator('[data-due-summary]')).toHaveText(
      '14 questions are due today: 1 to review, 13 never practised.',
    );
    // Overdue first: "Practise what is due" opens it before the new ones.
    await page.getByRole('button', { name: 'Practise what is due' }).click();
    await expect(practice.title).toHaveText(spark.question);
  });

  test('reload keeps progress and drafts', async ({ page }) => {
    const practice = new PracticePage(page);
    await practice.goto(`?q=${spark.slug}`);
    await practice.practise('hard');
    await practice.goto(`?q=${partitioning.slug}`);
    await practice.draft.fill('Partition by the column queries filter on.');
    await expect
      .poll(async () => (await practice.stored())?.drafts[partitioning.slug]?.text)
      .toBe('Partition by the column queries filter on.');

    await page.reload();
    await practice.ready();
    await expect(practice.draft).toHaveValue('Partition by the column queries filter on.');
    await practice.goto();
    await expect(practice.row(spark.slug).locator('[data-question-status]')).toContainText(/^Hard on /);
    await expect(practice.row(partitioning.slug).locator('[data-question-status]')).toHaveText(
      'Not practised yet · draft saved',
    );
    await expect(page.locator('[data-theme-row="spark"] [data-cell="practised"]')).toHaveText('1 of 2');
    await expect(page.locator('[data-theme-row="spark"] [data-cell="last"]')).toContainText(/^Hard, /);
    await practice.row(spark.slug).getByText('History (1)').click();
    await expect(practice.row(spark.slug).locator('[data-question-history] li')).toContainText(
      `Hard · 1 of ${spark.meta.keyPoints.length} key points`,
    );
  });

  test('a renamed question number does not lose progress: it is kept by slug', async ({ page }) => {
    const practice = new PracticePage(page);
    await practice.goto(`?q=${spark.slug}`);
    await practice.practise('good');
    // The same site after questions 3 and 4 swapped places.
    await page.route(/\/practice\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<script[^>]*data-practice-data[^>]*>)([\s\S]*?)(<\/script>)/,
        (_, open: string, json: string, close: string) => {
          const data = JSON.parse(json) as { questions: { number: number }[] };
          for (const q of data.questions) if (q.number === 3 || q.number === 4) q.number = 7 - q.number;
          return `${open}${JSON.stringify(data)}${close}`;
        },
      );
      await route.fulfill({ response, body: html });
    });
    await practice.goto();
    await expect(practice.row(spark.slug).locator('[data-practice-link]')).toHaveText(
      `Q4. ${spark.meta.shortTitle}`,
    );
    await expect(practice.row(spark.slug).locator('[data-question-status]')).toContainText(/^Good on /);
    await practice.row(spark.slug).locator('[data-practice-link]').click();
    await expect(page.locator('[data-q-meta]')).toContainText('Question 4 · Spark');
  });

  test('the keyboard alone: Space reveals, the keys 1 to 4 rate, N goes to the next question', async ({
    page,
  }) => {
    const practice = new PracticePage(page);
    await practice.goto();
    // With a mouse and a keyboard, the page says which keys do what.
    await expect(page.locator('.practice__keys')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Theme', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Practise what is due' })).toBeFocused();
    await page.keyboard.press('Enter');
    const first = answer(1);
    await expect(practice.title).toHaveText(first.question);
    await expect(practice.title).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(practice.draft).toBeFocused();
    await page.keyboard.type('Bronze, silver, gold. Space stays in the box.');
    await expect(page.locator('[data-answer]')).toBeHidden();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-answer]')).toBeVisible();
    await expect(page.locator('[data-answer-heading]')).toBeFocused();

    await page.keyboard.press('Tab'); // the full answer link
    await page.keyboard.press('Tab'); // the first key point
    await page.keyboard.press('Space');
    await expect(practice.keyPoints.first()).toBeChecked();
    await page.keyboard.press('3');
    await expect(practice.result).toContainText('Rated Good, 1 of');
    await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
    await expect(practice.status).toContainText('Rated Good. Next review');

    await page.keyboard.press('n');
    await expect(practice.title).toHaveText(answer(2).question);
    await expect(page).toHaveURL(new RegExp(`\\?q=${answer(2).slug}$`));
    expect((await practice.stored())?.cards[first.slug]?.history[0]?.draft).toBe(
      'Bronze, silver, gold. Space stays in the box.',
    );
  });

  test('filters by theme; "Random question" picks from the theme', async ({ page }) => {
    const practice = new PracticePage(page);
    await practice.goto();
    await page.getByLabel('Theme', { exact: true }).selectOption('spark');
    await expect(page.locator('[data-due-summary]')).toHaveText(
      '2 questions are waiting for a first practice.',
    );
    await expect(page).toHaveURL(/\?theme=spark$/);
    await page.getByRole('button', { name: 'Random question' }).click();
    await expect(page.locator('[data-q-meta]')).toContainText('Spark');
    await page.keyboard.press('n');
    await expect(page.locator('[data-q-meta]')).toContainText('Spark');
    await page.goBack();
    await page.goBack();
    await expect(page.locator('[data-view="overview"]')).toBeVisible();
  });
});

test.describe('keeping progress safe', () => {
  test('export, then import into a clean browser, gives the same progress', async ({
    page,
    browser,
    baseURL,
  }) => {
    const practice = new PracticePage(page);
    await practice.goto(`?q=${spark.slug}`);
    await practice.practise('easy', { ticked: 3 });
    await practice.goto(`?q=${partitioning.slug}`);
    await practice.practise('again', { ticked: 0 });
    await practice.goto(`?q=${answer(9).slug}`);
    await practice.draft.fill('EXPLAIN ANALYZE first.');
    await practice.goto();
    const before = await practice.stored();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^practice-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();

    const clean = await browser.newContext({
      ...(baseURL ? { baseURL } : {}),
      timezoneId: 'UTC',
      locale: 'en-GB',
      serviceWorkers: 'block',
    });
    const other = new PracticePage(await clean.newPage());
    await other.goto();
    expect(await other.stored()).toBeNull();
    await other.page.getByRole('button', { name: 'Import progress' }).click();
    await other.page.locator('[data-import-file]').setInputFiles(file);
    const preview = other.page.locator('[data-import-preview]');
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('heading')).toBeFocused();
    await expect(preview).toContainText('Importing will change 3 questions');
    await expect(preview.locator('[data-import-change]')).toHaveText([
      `Q3. ${spark.meta.shortTitle}: progress added (1 review)`,
      `Q5. ${partitioning.meta.shortTitle}: progress added (1 review)`,
      `Q9. ${answer(9).meta.shortTitle}: a draft added`,
    ]);
    expect(await other.stored(), 'nothing changes before the reader confirms').toBeNull();
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(other.status).toHaveText('Progress imported: 3 questions changed.');
    expect(await other.stored()).toEqual(before);
    await expect(other.row(spark.slug).locator('[data-question-status]')).toContainText(/^Easy on /);
    await clean.close();
  });

  test('a corrupt or foreign file is refused with a clear message and progress untouched', async ({
    page,
  }) => {
    const practice = new PracticePage(page);
    await practice.goto(`?q=${spark.slug}`);
    await practice.practise('good');
    await practice.goto();
    const before = await practice.item(STORAGE_KEY);
    const files = [
      {
        name: 'broken.json',
        text: '{"format": "data-engineering-answers/practice-progress", "cards": {',
        message: /it is not JSON/,
      },
      {
        name: 'anki.json',
        text: '{"deck": "Spanish", "cards": []}',
        message: /it was not exported from this practice page/,
      },
      {
        name: 'damaged.json',
        text: JSON.stringify({
          format: 'data-engineering-answers/practice-progress',
          version: 1,
          cards: { [spark.slug]: { card: { due: 'soon' }, history: [] } },
        }),
        message: /it is damaged \(cards\["spark-performance-and-cost"\]\.card\.due is not a date\)/,
      },
    ];
    for (const file of files) {
      await page.getByRole('button', { name: 'Import progress' }).click();
      await page.locator('[data-import-file]').setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      });
      await expect(practice.alert).toHaveText(file.message);
      await expect(practice.alert).toContainText('Your progress has not been changed.');
      await expect(page.locator('[data-import-preview]')).toBeHidden();
      expect(await practice.item(STORAGE_KEY)).toBe(before);
    }
  });

  test('corrupt stored data is kept aside, not wiped, and the reader is offered a reset', async ({
    page,
  }) => {
    const practice = new PracticePage(page);
    await practice.goto();
    const corrupt = '{"version":1,"cards":{"spark-performance-and-cost":{"card":';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, corrupt] as const);
    await page.reload();
    await practice.ready();

    const notice = page.locator('[data-storage-notice]');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading')).toHaveText('Your saved progress could not be read');
    await expect(notice).toContainText('Nothing was deleted');
    const aside = (await practice.keys()).find((key) => key.startsWith(`${STORAGE_KEY}.corrupt-`));
    expect(aside).toBeDefined();
    await expect(notice).toContainText(aside ?? '');
    expect(await practice.item(aside ?? '')).toBe(corrupt);
    expect(await practice.item(STORAGE_KEY)).toBe(corrupt);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the unreadable data' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(corrupt);

    await notice.getByRole('button', { name: 'Reset progress' }).click();
    await expect(notice).toBeHidden();
    await expect(practice.status).toContainText('Progress reset.');
    expect(await practice.stored()).toEqual({ version: 1, cards: {}, drafts: {} });
    expect(await practice.item(aside ?? '')).toBe(corrupt);
    await page.reload();
    await practice.ready();
    await expect(notice).toBeHidden();
  });
});

test.describe('the mock interview', () => {
  test('three questions from three themes, each timed (the timer can be hidden), then the drafts beside the owner’s answers', async ({
    page,
  }) => {
    await page.clock.install({ time: NOW });
    const practice = new PracticePage(page);
    await practice.goto();
    await page.clock.pauseAt(new Date(NOW.getTime() + 60_000));
    await page.getByRole('button', { name: 'Mock interview' }).click();
    await expect(page).toHaveURL(/\?mode=mock$/);

    const title = page.locator('[data-mock-title]');
    const timer = page.getByRole('timer');
    const slugs: string[] = [];
    for (const [i, seconds] of [65, 30, 125].entries()) {
      await expect(page.locator('[data-mock-meta]')).toContainText(`question ${i + 1} of 3`);
      const shown = await title.textContent();
      const question = answers.find((a) => a.question === shown);
      expect(question).toBeDefined();
      slugs.push(question?.slug ?? '');
      await expect(timer).toHaveText('0:00');
      await page.clock.runFor(seconds * 1000);
      await expect(timer).toHaveText(`${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);
      if (i === 1) {
        await page.getByRole('button', { name: 'Hide timer' }).click();
        await expect(timer).toBeHidden();
        await page.getByRole('button', { name: 'Show timer' }).click();
        await expect(timer).toBeVisible();
      }
      await page.locator('#practice-mock-draft').fill(`Draft ${i + 1}`);
      await page.getByRole('button', { name: i === 2 ? 'Finish and compare' : 'Next question' }).click();
    }
    const themes = slugs.map((slug) => answers.find((a) => a.slug === slug)?.meta.theme);
    expect(new Set(themes).size).toBe(3);

    await expect(page.getByRole('heading', { name: 'Your mock interview' })).toBeFocused();
    const results = page.locator('[data-mock-result]');
    await expect(results).toHaveCount(3);
    for (const [i, slug] of slugs.entries()) {
      const result = page.locator(`[data-mock-result="${slug}"]`);
      const question = answers.find((a) => a.slug === slug);
      await expect(result.locator('[data-mock-draft]')).toHaveText(`Draft ${i + 1}`);
      await expect(result.locator(`[data-owner-answer="${question?.meta.number}"]`)).toBeVisible();
      await expect(result.locator('.practice-compare__points li')).toHaveCount(
        question?.meta.keyPoints.length ?? 0,
      );
      await expect(result).toContainText(['1:05', '0:30', '2:05'][i] ?? '');
    }
    expect(await practice.stored(), 'a mock interview rates nothing').toBeNull();
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`every state of the page has no WCAG 2.1 AA violation (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const practice = new PracticePage(page);
      await practice.goto(`?q=${spark.slug}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const check = async (state: string) =>
        expect(await axeViolations(page, '[data-practice]'), state).toEqual([]);
      await check('question');
      await practice.reveal.click();
      await practice.keyPoints.first().check();
      await check('revealed');
      await practice.ratingButton('good').click();
      await check('rated');
      await practice.goto();
      await check('progress');
      await page.getByRole('button', { name: 'Import progress' }).click();
      await page.locator('[data-import-file]').setInputFiles({
        name: 'x.json',
        mimeType: 'application/json',
        buffer: Buffer.from('nope'),
      });
      await expect(practice.alert).not.toBeEmpty();
      await check('import refused');
      await page.getByRole('button', { name: 'Mock interview' }).click();
      await check('mock interview');
      await page.evaluate((key) => localStorage.setItem(key, 'garbage'), STORAGE_KEY);
      await practice.goto();
      await expect(page.locator('[data-storage-notice]')).toBeVisible();
      await check('corrupt data');
    });
  }
});

test.describe('without JavaScript', () => {
  test('the page says it needs JavaScript and lists the questions with links to their answers', async ({
    noScriptContext,
  }) => {
    const page = await noScriptContext.newPage();
    await page.goto(sitePath('/practice/'));
    await expect(page.getByText('Practice runs in your browser and needs JavaScript.')).toBeVisible();
    const links = page.locator('.practice-no-script ol a');
    await expect(links).toHaveCount(answers.length);
    for (const [i, a] of answers.entries()) {
      await expect(links.nth(i)).toHaveText(`Q${a.meta.number}. ${a.question}`);
      await expect(links.nth(i)).toHaveAttribute('href', `${BASE_PATH}${a.path.slice(1)}`);
    }
    await expect(page.locator('[data-view="overview"]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show the answer' })).toBeHidden();
    await page.close();
  });
});

test.describe('links in and out', () => {
  test('is linked from the home page and from the sidebar', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.getByRole('link', { name: 'Practise for your interview' }).click();
    await expect(page.locator('h1')).toHaveText('Practice');
    await page.goto(sitePath('/concepts/shuffle/'));
    await page.locator('#starlight__sidebar').getByRole('link', { name: 'Practice', exact: true }).click();
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveText('Practice');
  });

  test(
    'each answer page links to practise its question, with no practice script and nothing hidden',
    { tag: '@base' },
    async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(sitePath(spark.path));
      const link = page.getByRole('link', { name: 'Practise this question' });
      await expect(link).toHaveAttribute('href', `${BASE_PATH}practice/?q=${spark.slug}`);
      await expect(page.locator('[data-practice], template[data-owner-answer-of]')).toHaveCount(0);
      expect(scripts.filter((url) => /Practice/i.test(url))).toEqual([]);
      await link.click();
      const practice = new PracticePage(page);
      await practice.ready();
      await expect(practice.title).toHaveText(spark.question);
    },
  );

  test(
    'a question’s link is copyable: its public address, under the base path',
    { tag: '@base' },
    async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseURL ?? '').origin,
      });
      const practice = new PracticePage(page);
      await practice.goto(`?q=${spark.slug}`);
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(sharedUrl(`/practice/?q=${spark.slug}`));
      await expect(page.locator('[data-copy-status]')).toHaveText(
        'Link to practise question 3 copied to the clipboard.',
      );
      await page.getByRole('link', { name: '← Progress and all questions' }).click();
      await expect(page).toHaveURL(new RegExp(`${BASE_PATH}practice/$`));
      await practice.row(partitioning.slug).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${BASE_PATH}practice/\\?q=${partitioning.slug}$`));
    },
  );

  test(
    'the Anki deck is a CSV file with every question, answer, key points and link',
    { tag: '@base' },
    async ({ request }) => {
      const response = await request.get(sitePath('/practice/deck.csv'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/csv/);
      const csv = await response.text();
      expect(csv.split('\r\n')[2]).toBe('#columns:Question,Answer,Key points,Link,Tags');
      const rows = parse(csv, { comment: '#', comment_no_infix: true }) as string[][];
      expect(rows).toHaveLength(14);
      for (const [i, a] of answers.entries()) {
        const [question, owner, keyPoints, link] = rows[i] ?? [];
        expect(question).toBe(a.question);
        expect(owner).toMatch(/^<p>.{200,}<\/p>$/);
        for (const point of a.meta.keyPoints) {
          expect(keyPoints).toContain(
            point.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
          );
        }
        expect(link).toBe(publicUrl(a.path));
      }
    },
  );
});

test.describe('practice on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });

  test('no key hints on a touch screen; showing the answer brings it into view at once and hides "Skip"', async ({
    page,
  }) => {
    const practice = new PracticePage(page);
    await practice.goto(`?q=${answer(3).slug}`);
    await expect(practice.title).toBeVisible();
    for (const hint of await page.locator('.practice__key-hint').all()) await expect(hint).toBeHidden();
    const skip = page.getByRole('button', { name: 'Skip this question' });
    await expect(skip).toBeVisible();
    await practice.reveal.tap();
    // Under reduced motion the answer is in view as soon as the tap is handled: no animation.
    const top = await page.locator('[data-answer-heading]').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await expect(page.locator('[data-answer-heading]')).toBeFocused();
    await expect(skip).toBeHidden();
    await expect(practice.ratingButton('good').locator('kbd')).toBeHidden();
  });
});
