import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortLinkPath, socialCardPath } from '../../../src/sharing/urls.ts';

describe('share URLs', () => {
  it('gives each question a short link with a trailing slash', () => {
    assert.equal(shortLinkPath(3), '/q/3/');
    assert.throws(() => shortLinkPath(0), /no short link/);
    assert.throws(() => shortLinkPath(1.5), /no short link/);
  });
  it('names a card after its page id, the home page after index', () => {
    assert.equal(
      socialCardPath('answers/spark-performance-and-cost'),
      '/og/answers/spark-performance-and-cost.png',
    );
    assert.equal(socialCardPath(''), '/og/index.png');
    assert.equal(socialCardPath('index'), '/og/index.png');
  });
});
