import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortLinkPath } from '../../../src/links/urls.ts';

describe('short links', () => {
  it('gives each question a short link with a trailing slash', () => {
    assert.equal(shortLinkPath(3), '/q/3/');
    assert.throws(() => shortLinkPath(0), /no short link/);
    assert.throws(() => shortLinkPath(1.5), /no short link/);
  });
});
