import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerSchema, readAnswers } from '../../../src/answers/index.ts';

const valid = {
  number: 3,
  theme: 'spark',
  shortTitle: 'Optimising Spark jobs',
  keyPoints: [
    'Start from the physical plan',
    'Shuffle less, broadcast small tables',
    'Cache only what is reused',
  ],
  reviewed: { date: '2026-12-06', versions: { spark: '4.2', delta: '4.4', 'databricks-runtime': '19' } },
};

/** The author-facing messages for `answer:` with these fields replaced, as `path: message`. */
function problemsWith(fields: Record<string, unknown>): string[] {
  const result = AnswerSchema.safeParse({ ...valid, ...fields });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The author-facing messages for `answer:` with these key points. */
const problems = (keyPoints: unknown) => problemsWith({ keyPoints });

describe('answer.keyPoints', () => {
  it('every answer has 3 to 6, each a sentence', () => {
    for (const answer of readAnswers()) {
      assert.ok(answer.meta.keyPoints.length >= 3 && answer.meta.keyPoints.length <= 6, answer.slug);
    }
  });

  it('are required: a missing, empty, short or long list fails with a message for the author', () => {
    const message = 'keyPoints: "answer.keyPoints" needs 3 to 6 key points, one checkable idea each';
    assert.deepEqual(problems(undefined), [message]);
    assert.deepEqual(problems([]), [message]);
    assert.deepEqual(problems(valid.keyPoints.slice(0, 2)), [message]);
    assert.deepEqual(problems([...valid.keyPoints, ...valid.keyPoints, 'One more idea to tick']), [message]);
    assert.deepEqual(problems(valid.keyPoints), []);
  });

  it('each is one checkable idea: not a word, not a paragraph', () => {
    assert.deepEqual(problems([...valid.keyPoints.slice(0, 2), 'Cache']), [
      'keyPoints.2: a key point is one checkable idea: at least 10 characters',
    ]);
    assert.deepEqual(problems([...valid.keyPoints.slice(0, 2), 'word '.repeat(40)]), [
      'keyPoints.2: a key point is one checkable idea: 160 characters at most (split a longer one)',
    ]);
  });
});

describe('answer.reviewed', () => {
  it('every answer says when it was checked and against which releases', () => {
    for (const answer of readAnswers()) {
      assert.ok(answer.meta.reviewed.date.getTime() > Date.parse('2026-01-01'), answer.slug);
      assert.ok(Object.keys(answer.meta.reviewed.versions).length > 0, answer.slug);
    }
  });

  it('is required, with a message that shows its shape', () => {
    assert.deepEqual(problemsWith({ reviewed: undefined }), [
      `reviewed: "answer.reviewed" is required: { date: YYYY-MM-DD, versions: { spark: '4.2', ... } }, the day the page was last checked and what against`,
    ]);
  });

  it('rejects a malformed date, a date in the future, an unknown release and an unquoted version', () => {
    const reviewed = (date: unknown, versions: unknown) => problemsWith({ reviewed: { date, versions } });
    assert.deepEqual(reviewed('next week', { spark: '4.2' }), [
      'reviewed.date: "answer.reviewed.date" must be a date written YYYY-MM-DD',
    ]);
    assert.deepEqual(reviewed('2999-01-01', { spark: '4.2' }), [
      'reviewed.date: "answer.reviewed.date" cannot be in the future',
    ]);
    assert.match(
      reviewed('2026-12-01', { hadoop: '3.4' })[0] ?? '',
      /^reviewed\.versions\.hadoop: "answer\.reviewed\.versions" keys are: spark, delta/,
    );
    assert.deepEqual(reviewed('2026-12-01', { spark: 4.2 }), [
      "reviewed.versions.spark: a version is a quoted release number such as '4.2', '18' or '18 LTS'",
    ]);
    assert.deepEqual(reviewed('2026-12-01', {}), [
      'reviewed.versions: "answer.reviewed.versions" names at least one release the page was checked against',
    ]);
  });
});
