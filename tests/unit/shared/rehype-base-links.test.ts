import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rehypeBaseLinks } from '../../../src/shared/rehype-base-links.ts';
import { expectedHtml, renderFixture } from '../../support/markdown.ts';

const FIXTURE = 'tests/fixtures/rehype/base-links';

describe('rehype-base-links', () => {
  it('adds the base path to every root-relative link and image, and leaves other URLs alone', async () => {
    const html = await renderFixture(`${FIXTURE}/input.md`, [[rehypeBaseLinks, { base: '/portfolio/' }]]);
    assert.equal(html, expectedHtml(`${FIXTURE}/expected.html`));
  });

  it('changes nothing at the root', async () => {
    const atRoot = await renderFixture(`${FIXTURE}/input.md`, [[rehypeBaseLinks, { base: '/' }]]);
    const untouched = await renderFixture(`${FIXTURE}/input.md`, []);
    assert.equal(atRoot, untouched);
  });
});
