import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAnswers } from '../../../src/answers/index.ts';
import { cheatSheetParts, ownerAnswerMarkdown, sectionMarkdown } from '../../../src/answers/cheat-sheet.ts';

describe('cheat sheet parts', () => {
  const body = [
    "import OwnerAnswer from '~/answers/OwnerAnswer.astro';",
    '',
    '## In 30 seconds',
    '',
    '- First point.',
    '- Second point with [a link](/concepts/x/).',
    '',
    '## The answer',
    '',
    '<OwnerAnswer number={1}>',
    '',
    'I did **this**.',
    '',
    '</OwnerAnswer>',
    '',
    '## Deep dive',
  ].join('\n');

  it('finds the owner’s answer and the key points', () => {
    assert.equal(ownerAnswerMarkdown(body), 'I did **this**.');
    assert.equal(
      sectionMarkdown(body, 'In 30 seconds'),
      '- First point.\n- Second point with [a link](/concepts/x/).',
    );
    assert.equal(sectionMarkdown(body, 'Pitfalls'), undefined);
  });
  it('names the file when a part is missing', () => {
    assert.throws(
      () => cheatSheetParts('## In 30 seconds\n\n- x', 'answers/a.mdx'),
      /answers\/a.mdx: no <OwnerAnswer>/,
    );
    assert.throws(
      () => cheatSheetParts('<OwnerAnswer>x</OwnerAnswer>', 'answers/b.mdx'),
      /answers\/b.mdx: no "## In 30/,
    );
  });
  it('finds both parts in every published answer', () => {
    for (const answer of readAnswers()) {
      const parts = cheatSheetParts(answer.body, answer.filePath);
      assert.match(parts.keyPoints, /^- /, answer.filePath);
    }
  });
});
