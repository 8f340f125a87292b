import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownerAnswerMarkdown, readAnswers } from '../../../src/answers/index.ts';
import { readSeed } from '../../support/seed.ts';

// The owner's words are published whole: these tests compare every page with the seed file.
describe("the owner's answers", () => {
  const seed = readSeed();
  const answers = readAnswers();

  it('has 14 questions in the seed and 14 answer pages numbered 1 to 14', () => {
    assert.equal(seed.length, 14);
    assert.deepEqual(
      answers.map((a) => a.meta.number),
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
  });

  for (const answer of seed) {
    it(`publishes answer ${answer.number} word for word under its question`, () => {
      const page = answers.find((a) => a.meta.number === answer.number);
      assert.ok(page, `no page has number ${answer.number}`);
      assert.equal(page.question, answer.question, `${page.filePath}: title must be the question as asked`);
      assert.equal(
        ownerAnswerMarkdown(page.body),
        answer.markdown,
        `${page.filePath}: <OwnerAnswer> differs from the seed`,
      );
    });
  }
});
