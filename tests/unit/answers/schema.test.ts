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
};

/** The author-facing messages for `answer:` with these key points, as `path: message`. */
function problems(keyPoints: unknown): string[] {
  const result = AnswerSchema.safeParse({ ...valid, keyPoints });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

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
