import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collectAnswers,
  groupByTheme,
  neighbours,
  type DocsEntryLike,
} from '../../../src/answers/answers.ts';
import type { ThemeKey } from '../../../src/answers/themes.ts';

function entry(number: number, theme: ThemeKey, slug = `answer-${number}`): DocsEntryLike {
  return {
    id: `answers/${slug}`,
    filePath: `virtual/${slug}.mdx`,
    data: {
      title: `Question ${number}?`,
      description: `Summary ${number}`,
      answer: {
        number,
        theme,
        shortTitle: `Short ${number}`,
        concepts: [],
        related: [],
        diagrams: [],
        keyPoints: ['One idea to tick', 'Another idea to tick', 'A third idea to tick'],
        reviewed: { date: new Date('2026-12-01'), versions: { spark: '4.2' } },
      },
    },
  };
}

describe('collectAnswers', () => {
  it('sorts answers by question number and ignores pages outside answers/', () => {
    const answers = collectAnswers(
      [entry(2, 'spark'), { id: 'index', data: { title: 'Home' } }, entry(1, 'pipelines')],
      { expectedCount: 2 },
    );
    assert.deepEqual(
      answers.map((a) => [a.meta.number, a.path]),
      [
        [1, '/answers/answer-1/'],
        [2, '/answers/answer-2/'],
      ],
    );
  });

  it('rejects a duplicate number, naming both files', () => {
    assert.throws(
      () => collectAnswers([entry(1, 'spark', 'first'), entry(1, 'sql', 'second')], { expectedCount: 1 }),
      /virtual\/second\.mdx:1 {2}duplicate answer number 1: virtual\/first\.mdx has it too/,
    );
  });

  it('rejects an answer page without an answer block', () => {
    const bare: DocsEntryLike = { id: 'answers/bare', filePath: 'virtual/bare.mdx', data: { title: 'Q?' } };
    assert.throws(
      () => collectAnswers([bare], { expectedCount: 0 }),
      /virtual\/bare\.mdx:1 {2}an answer page needs an "answer:" frontmatter block/,
    );
  });

  it('reports a gap in the numbering', () => {
    assert.throws(
      () => collectAnswers([entry(1, 'spark'), entry(3, 'sql')], { expectedCount: 3 }),
      /no answer has number 2/,
    );
  });

  it('reports every problem at once', () => {
    try {
      collectAnswers([entry(1, 'spark', 'Bad_Slug'), entry(1, 'sql')], { expectedCount: 2 });
      assert.fail('expected an error');
    } catch (error) {
      const lines = String((error as Error).message).split('\n');
      assert.equal(lines.length, 4, lines.join('\n'));
    }
  });
});

describe('groupByTheme', () => {
  it('keeps the declared theme order, numbers ascending within a theme, and drops empty themes', () => {
    const answers = collectAnswers([entry(3, 'pipelines'), entry(2, 'spark'), entry(1, 'pipelines')], {
      expectedCount: 3,
    });
    assert.deepEqual(
      groupByTheme(answers).map((g) => [g.label, g.answers.map((a) => a.meta.number)]),
      [
        ['Pipelines and platform', [1, 3]],
        ['Spark', [2]],
      ],
    );
  });
});

describe('neighbours', () => {
  const answers = collectAnswers([entry(1, 'sql'), entry(2, 'spark'), entry(3, 'sql')], { expectedCount: 3 });
  it('follows question order, not theme order', () => {
    const { prev, next } = neighbours(answers, 'answers/answer-2');
    assert.equal(prev?.meta.number, 1);
    assert.equal(next?.meta.number, 3);
  });
  it('has no previous for the first answer and no next for the last', () => {
    assert.equal(neighbours(answers, 'answers/answer-1').prev, undefined);
    assert.equal(neighbours(answers, 'answers/answer-3').next, undefined);
  });
});
