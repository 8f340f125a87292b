import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rehypeConceptLinks } from '../../../src/concepts/rehype-concept-links.ts';
import { expectedHtml, renderFixture } from '../../support/markdown.ts';

// The fixture page lists its concepts in its frontmatter, as answers do; the concepts' names and
// other names come from the site's own concept pages.
const FIXTURE = 'tests/fixtures/rehype/concept-links';

describe('rehype-concept-links', () => {
  it('links the first mention of each of the page’s concepts, outside headings, code and existing links', async () => {
    const html = await renderFixture(`${FIXTURE}/answers/first-mentions.md`, [
      [rehypeConceptLinks, { base: '/portfolio/' }],
    ]);
    assert.equal(html, expectedHtml(`${FIXTURE}/expected.html`));
  });

  it('leaves pages that are neither answers nor concepts alone, even when they list concepts', async () => {
    // The same frontmatter under answers/ would link both mentions: only the folder differs.
    const html = await renderFixture(`${FIXTURE}/other/not-an-answer.md`, [
      [rehypeConceptLinks, { base: '/' }],
    ]);
    assert.match(html, /a shuffle/);
    assert.doesNotMatch(html, /concept-link|href=/);
  });
});
