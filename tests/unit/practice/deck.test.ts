import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { readAnswers, themeLabel } from '../../../src/answers/index.ts';
import { answersDeck, csvField, DECK_COLUMNS, deckCsv } from '../../../src/practice/deck.ts';

/** Parses the deck as a CSV reader would: Anki's `#` header lines are comments. */
function parseDeck(csv: string): string[][] {
  return parse(csv, { comment: '#', comment_no_infix: true, relax_column_count: false });
}

describe('the Anki deck', () => {
  it('quotes every field, doubling quotes and keeping commas and line breaks inside', () => {
    assert.equal(csvField('He said "no", then left\nfor good'), '"He said ""no"", then left\nfor good"');
    const csv = deckCsv(
      [
        {
          question: 'Why, "really"?',
          answerHtml: '<p>A, b</p>',
          keyPoints: ['x < y & z'],
          url: 'https://e.x/a/',
          tags: ['Q1', 'Storage and cost'],
        },
      ],
      'Deck',
    );
    assert.deepEqual(parseDeck(csv), [
      [
        'Why, "really"?',
        '<p>A, b</p>',
        '<ul><li>x &lt; y &amp; z</li></ul>',
        'https://e.x/a/',
        'Q1 Storage-and-cost',
      ],
    ]);
  });

  it('starts with the header lines Anki reads: separator, HTML, columns, tags column, deck', () => {
    const lines = deckCsv([], 'Data Engineering Answers').split('\r\n');
    assert.deepEqual(lines.slice(0, 5), [
      '#separator:comma',
      '#html:true',
      `#columns:${DECK_COLUMNS.join(',')}`,
      '#tags column:5',
      '#deck:Data Engineering Answers',
    ]);
  });

  it('holds every question with its answer, key points and absolute link, from the content', async () => {
    const answers = readAnswers();
    const csv = await answersDeck(
      answers,
      { site: new URL('https://answers.example.com'), base: '/portfolio/' },
      themeLabel,
    );
    const rows = parseDeck(csv);
    assert.equal(rows.length, answers.length);
    for (const [i, answer] of answers.entries()) {
      const [question, answerHtml, keyPoints, link, tags] = rows[i] ?? [];
      assert.equal(question, answer.question);
      assert.match(answerHtml ?? '', /^<p>.+<\/p>$/);
      assert.equal(keyPoints?.match(/<li>/g)?.length, answer.meta.keyPoints.length);
      assert.equal(link, `https://answers.example.com/portfolio/answers/${answer.slug}/`);
      assert.match(tags ?? '', new RegExp(`^data-engineering-answers Q${answer.meta.number} `));
    }
  });
});
