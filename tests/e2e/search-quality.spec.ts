import { readFileSync } from 'node:fs';
import { readAnswers } from '../../src/answers/index.ts';
import { readDiagramSources, readRendered } from '../../src/diagrams/index.ts';
import { diagramParts } from '../../src/search/diagram-records.ts';
import { SEARCH_CASES, searchTopics } from '../../src/search/index.ts';
import { readContentFiles } from '../../src/shared/content.ts';
import { slugIn } from '../../src/shared/ids.ts';
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from '../support/fixtures.ts';
import {
  indexedContent,
  pageIdOf,
  resultIdOf,
  SEARCH_UI,
  searchInPage,
  searchInUi,
  withPagefind,
} from '../support/search.ts';
import { BASE_PATH, DIST } from '../support/site.ts';

const answers = readAnswers();
const conceptCount = readContentFiles().filter((file) => slugIn('concepts', file.id)).length;
/** Every box with a note and every walkthrough step of every diagram (all are shown on a page). */
const diagramRecordCount = readDiagramSources()
  .map((source) => diagramParts(source))
  .reduce((sum, parts) => sum + parts.boxes.length + parts.steps.length, 0);

/** Share of cases whose expected page ranks within the first `n` results. */
function hitRate(ranks: number[], n: number): number {
  return ranks.filter((rank) => rank >= 1 && rank <= n).length / ranks.length;
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

/** Opens the header's search dialog with "/" and waits until its form searches. */
async function openSearchDialog(page: Page): Promise<void> {
  await page.locator('button[data-open-modal]:enabled[aria-keyshortcuts$="/"]').waitFor();
  await page.keyboard.press('/');
  await page.locator(`${SEARCH_UI.dialog}[data-search-ready]`).waitFor();
}

test.describe('search quality', () => {
  for (const ui of ['dialog', 'page'] as const) {
    const where = ui === 'dialog' ? 'in the header dialog' : 'on the search page';
    test(`${SEARCH_CASES.length} readers' queries find what they mean first, ${where}`, async ({
      page,
    }, testInfo) => {
      await page.goto(sitePath(ui === 'dialog' ? '/' : '/search/'));
      if (ui === 'dialog') await openSearchDialog(page);
      else await page.locator(`${SEARCH_UI.page}[data-search-ready]`).waitFor();
      const results = await searchInUi(
        page,
        ui,
        SEARCH_CASES.map((c) => c.query),
        3,
      );
      const rows = SEARCH_CASES.map((searchCase, index) => {
        const shown = results[index];
        const top = (shown?.urls ?? []).map((url) => resultIdOf(url));
        return {
          ...searchCase,
          rank: top.indexOf(searchCase.expected) + 1,
          top,
          correction: shown?.correction ?? '',
          status: shown?.status ?? '',
        };
      });
      const ranks = rows.map((row) => row.rank);
      const hitAt1 = hitRate(ranks, 1);
      const hitAt3 = hitRate(ranks, 3);
      const empty = rows.filter((row) => row.top.length === 0).map((row) => row.query);
      const misses = rows.filter((row) => row.rank !== 1);
      const report = [
        `search quality ${where}: ${rows.length} queries, hit@1 ${percent(hitAt1)}, hit@3 ${percent(hitAt3)}, ${empty.length} empty`,
        ...misses.map(
          (row) =>
            `  ${row.rank === 0 ? 'not in top 3' : `at ${row.rank}`}: "${row.query}" wants ${row.expected}, got ${row.top.join(', ') || 'nothing'}`,
        ),
      ].join('\n');
      console.log(report);
      await testInfo.attach(`search-quality-${ui}.txt`, { body: report, contentType: 'text/plain' });
      await testInfo.attach(`search-quality-${ui}.json`, {
        body: JSON.stringify({ ui, queries: rows.length, hitAt1, hitAt3, empty, rows }, null, 2),
        contentType: 'application/json',
      });

      expect(empty, report).toEqual([]);
      expect(hitAt3, report).toBe(1);
      expect(hitAt1, report).toBeGreaterThanOrEqual(0.9);
    });
  }
});

test.describe('search index', () => {
  test('holds the answers and concept pages, the diagram boxes and steps, and nothing else', () => {
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const records = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(records).toBe(answers.length + conceptCount + diagramRecordCount);
  });

  test("indexes a page's other names though the page never shows them", async ({ page }) => {
    // "FinOps" is only in src/data/search-synonyms.ts, rendered as hidden text.
    const costAnswer = answers.find((a) => a.slug === 'reducing-pipeline-cost-and-runtime');
    await page.goto(sitePath(`/answers/${costAnswer?.slug}/`));
    await expect(page.locator('[data-search-terms]')).toBeHidden();
    expect(await page.locator('main').innerText()).not.toContain('FinOps');
    const [finops] = await searchInPage(page, ['FinOps']);
    expect(finops?.urls.map((url) => pageIdOf(url))).toContain(`answers/${costAnswer?.slug}`);
  });

  test('keeps navigation and repeated chrome out of what it indexed', async ({ page }) => {
    const spark = answers.find((a) => a.meta.number === 3);
    const prev = answers.find((a) => a.meta.number === 2);
    const next = answers.find((a) => a.meta.number === 4);
    await page.goto(sitePath('/'));
    const content = await indexedContent(page, `answers/${spark?.slug}`);
    expect(content).toContain(spark?.question ?? 'the question');
    for (const chrome of [
      'Skip to content',
      'On this page',
      'Section titled',
      `${prev?.meta.number}. ${prev?.meta.shortTitle}`,
      `${next?.meta.number}. ${next?.meta.shortTitle}`,
      'Previous',
      "The owner's answer to question",
    ]) {
      expect(content, `"${chrome}" is chrome, not content`).not.toContain(chrome);
    }
  });

  test('says what each hit is: answers carry their question number, every page its kind', async ({
    page,
  }) => {
    await page.goto(sitePath('/'));
    const hits = await withPagefind(page, async (pagefind) => {
      const { results } = await pagefind.search('XCom');
      return Promise.all(results.slice(0, 2).map(async (result) => (await result.data()).meta));
    });
    expect(hits).toEqual([
      expect.objectContaining({ title: 'XCom', kind: 'Concept' }),
      expect.objectContaining({
        title: `Q10 · ${answers.find((a) => a.meta.number === 10)?.question}`,
        kind: 'Answer',
      }),
    ]);
  });

  test('offers kind and topic filters covering every page', async ({ page }) => {
    await page.goto(sitePath('/'));
    const filters = await withPagefind(page, (pagefind) => pagefind.filters());
    expect(filters['kind']).toEqual({
      Answer: answers.length,
      Concept: conceptCount,
      Diagram: diagramRecordCount,
    });
    expect(Object.keys(filters['topic'] ?? {}).sort()).toEqual([...searchTopics].sort());
  });

  test('leads to the matching section of a page', { tag: '@base' }, async ({ page }) => {
    await page.goto(sitePath('/'));
    const sections = await withPagefind(page, async (pagefind) => {
      const { results } = await pagefind.search('XCom');
      const airflow = await Promise.all(results.map((result) => result.data()));
      return airflow.find((data) => data.url.includes('/answers/'))?.sub_results.map((sub) => sub.url) ?? [];
    });
    expect(sections).toContain(
      `${BASE_PATH}answers/orchestrating-pipelines-with-airflow/#xcom-for-metadata-storage-for-data`,
    );
  });

  test('indexes the text summary of every diagram a page shows (Pagefind skips SVG)', async ({ page }) => {
    const shown = readContentFiles()
      .filter((file) => slugIn('answers', file.id) || slugIn('concepts', file.id))
      .flatMap((file) =>
        [...file.source.matchAll(/<Diagram\s+id="([^"]+)"/g)].map((match) => ({
          diagram: readRendered(match[1] ?? ''),
          pageId: file.id,
        })),
      );
    expect(shown.length, 'pages that show a diagram').toBeGreaterThan(0);
    await page.goto(sitePath('/'));
    for (const { diagram, pageId } of shown) {
      expect(diagram, `${pageId}: a diagram without a render`).toBeDefined();
      const content = await indexedContent(page, pageId);
      // The caption's "#" link is not text: an excerpt that started there read "#End-to-end…".
      expect(content, `${pageId}: the caption's anchor`).not.toContain(`#${diagram?.title}`);
      const indexed = new Set(words(content));
      for (const label of diagram?.summary.nodes ?? []) {
        const missing = words(label).filter((word) => !indexed.has(word));
        expect(missing, `${pageId}: diagram ${diagram?.id}, node "${label}"`).toEqual([]);
      }
    }
  });
});

/** Lower-case words, as a search would match them. */
function words(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

test.describe('diagram results', () => {
  test(
    'a box is found by its label and a step by its caption, each at its deep link',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto(sitePath('/'));
      const [box, step] = await withPagefind(
        page,
        async (pagefind, queries) => {
          const found = [];
          for (const query of queries) {
            const { results } = await pagefind.search(query, { filters: { kind: 'Diagram' } });
            const data = await results[0]?.data();
            found.push({ url: data?.url ?? '', meta: data?.meta ?? {}, filters: data?.filters ?? {} });
          }
          return found;
        },
        ['executors idle', 'scan over many small files compacting OPTIMIZE'],
      );
      const title = readRendered('spark-optimisation')?.title;
      expect(box?.url).toMatch(new RegExp(`^${BASE_PATH}answers/[a-z-]+/#diagram-spark-optimisation/idle$`));
      expect(box?.meta).toEqual({ title: 'Executors idle much of the run' });
      expect(box?.filters).toEqual(
        expect.objectContaining({
          kind: ['Diagram'],
          part: ['Box'],
          diagram: [title],
          page: [expect.stringMatching(/^Q\d+ · /)],
        }),
      );
      expect(step?.url).toMatch(/#diagram-spark-optimisation\/step-4$/);
      expect(step?.meta).toEqual({ title: 'Step 4 of 6' });
      expect(step?.filters).toEqual(expect.objectContaining({ kind: ['Diagram'], part: ['Step'] }));
    },
  );
});

test.describe('search excerpts', () => {
  test('read as sentences of the page: no list of other names, no code', async ({ page }) => {
    await page.goto(sitePath('/'));
    const excerpts = await withPagefind(
      page,
      async (pagefind, queries) => {
        const all: string[] = [];
        for (const query of queries) {
          const { results } = await pagefind.search(query);
          for (const result of results.slice(0, 3)) all.push((await result.data()).excerpt);
        }
        return all;
      },
      // Other names ("salting"), an answer's concepts, and words that stand only in code.
      ['salting', 'FinOps', 'hot keys', 'replaceWhere', 'retry_delay', 'broadcast'],
    );
    expect(excerpts.length).toBeGreaterThan(6);
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/Also known as|Key terms:/);
      expect(excerpt).not.toMatch(/\bimport \w+|from pyspark|def \w+\(|SELECT .* FROM/);
    }
  });
});
