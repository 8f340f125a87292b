import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownerAnswerBlock, readAnswerFiles } from '../support/content.ts';
import { readSeed } from '../support/seed.ts';

// The owner's words are published whole: these tests compare every page with the seed file.
describe("the owner's answers", () => {
  const seed = readSeed();
  const files = readAnswerFiles();

  it('has 14 questions in the seed and 14 answer pages numbered 1 to 14', () => {
    assert.equal(seed.length, 14);
    assert.deepEqual(
      files.map((f) => f.number),
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
  });

  for (const answer of seed) {
    it(`publishes answer ${answer.number} word for word under its question`, () => {
      const file = files.find((f) => f.number === answer.number);
      assert.ok(file, `no page has number ${answer.number}`);
      assert.equal(file.title, answer.question, `${file.file}: title must be the question as asked`);
      assert.equal(
        ownerAnswerBlock(file.source),
        answer.markdown,
        `${file.file}: <OwnerAnswer> differs from the seed`,
      );
    });
  }
});
