import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { FixtureProject } from '../support/fixture-project.ts';

// A search data file that names a page that does not exist would silently drop its terms: the
// build must fail instead, naming the data file and the line to fix.

const projects: FixtureProject[] = [];
after(() => projects.forEach((p) => p.dispose()));

describe('bad search data fails the build', () => {
  it('names the line of a synonyms key that is not a page', () => {
    const p = new FixtureProject('search-synonyms-typo');
    projects.push(p);
    const file = 'src/data/search-synonyms.ts';
    const source = readFileSync(file, 'utf8');
    p.write(
      file,
      source.replace("'concepts/materialised-aggregates':", "'concepts/materialized-aggregates':"),
    );
    const line =
      source.split('\n').findIndex((text) => text.includes("'concepts/materialised-aggregates':")) + 1;

    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      new RegExp(`src/data/search-synonyms\\.ts:${line} {2}"concepts/materialized-aggregates" is not a page`),
    );
    assert.equal(result.distExists, false, 'a failed build must not leave dist/');
  });
});
