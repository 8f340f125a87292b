import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { schemaErrorPositions } from '../../../scripts/schema-errors.ts';
import { lineOfField } from '../../../src/shared/problems.ts';

const SOURCE = '---\ntitle: "Q?"\nanswer:\n  number: 99\n  shortTitle: "x"\n---\n';

describe('schema error positions', () => {
  it('finds the line of a field, or of its parent block when the field is missing', () => {
    assert.equal(lineOfField(SOURCE, 'answer.number'), 4);
    assert.equal(lineOfField(SOURCE, 'answer.theme'), 3);
    assert.equal(lineOfField(SOURCE, 'description'), 1);
  });

  it("turns Astro's schema error into file:line lines", () => {
    const output = [
      '[InvalidContentEntryDataError] docs → answers/x data does not match collection schema.',
      '  answer.number: "answer.number" must be a whole number from 1 to 14',
      '  answer.theme: "answer.theme" must be one of: spark',
      '  Hint:',
      '    See https://docs.astro.build',
      '  Location:',
      '    src/content/docs/answers/x.mdx:0:0',
    ].join('\n');
    assert.deepEqual(
      schemaErrorPositions(output, () => SOURCE),
      [
        'src/content/docs/answers/x.mdx:4  answer.number: "answer.number" must be a whole number from 1 to 14',
        'src/content/docs/answers/x.mdx:3  answer.theme: "answer.theme" must be one of: spark',
      ],
    );
  });
});
