import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ContentError,
  lineOfField,
  lineOfKey,
  lineOfText,
  lineOfWord,
} from '../../../src/shared/problems.ts';

const frontmatter = [
  '---',
  'title: "Q?"',
  'answer:',
  '  number: 3',
  '  concepts: [shuffle, skew]',
  '---',
].join('\n');

describe('finding the line to point at', () => {
  it('finds a YAML key, from a given line on', () => {
    assert.equal(lineOfKey(frontmatter, 'number'), 4);
    assert.equal(lineOfKey(frontmatter, 'title', 3), 1, 'not found after line 3: line 1');
  });
  it('finds text', () => {
    assert.equal(lineOfText(frontmatter, 'skew'), 5);
    assert.equal(lineOfText(frontmatter, 'absent'), 1);
  });
  it('finds a whole word, not a part of a longer one, and falls back to the line searched from', () => {
    assert.equal(lineOfWord('shuffle-join\nshuffle', 'shuffle'), 2);
    assert.equal(lineOfWord(frontmatter, 'absent', 5), 5);
  });
  it('finds a dotted field, or the deepest part of it that exists', () => {
    assert.equal(lineOfField(frontmatter, 'answer.number'), 4);
    assert.equal(lineOfField(frontmatter, 'answer.theme'), 3);
    assert.equal(lineOfField(frontmatter, 'answer.concepts.1'), 5);
  });
});

describe('ContentError', () => {
  const error = new ContentError(
    [
      { position: { file: 'a.mdx', line: 3 }, message: 'first' },
      { position: { file: 'b.mmd', line: 1 }, message: 'second' },
    ],
    'Content checks failed',
  );
  it('lists every problem as file:line and message, under a heading', () => {
    assert.equal(error.message, 'Content checks failed:\n  a.mdx:3  first\n  b.mmd:1  second');
  });
  it('points Astro at the first problem, not at the code that found it', () => {
    assert.deepEqual(error.loc, { file: 'a.mdx', line: 3, column: 1 });
    assert.equal(error.stack, '');
  });
});
