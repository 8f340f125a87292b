import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absoluteUrl, shortLinkPath, socialCardPath, withBasePath } from '../../src/lib/share-urls.ts';

describe('share URLs', () => {
  it('joins the SITE_URL origin, the base path and the page path', () => {
    assert.equal(absoluteUrl('https://example.com', '/', '/answers/x/'), 'https://example.com/answers/x/');
    assert.equal(
      absoluteUrl('https://example.com/ignored', '/portfolio/', '/answers/x/'),
      'https://example.com/portfolio/answers/x/',
    );
    assert.equal(
      absoluteUrl(new URL('http://localhost:4321'), '/a/b', 'q/3/'),
      'http://localhost:4321/a/b/q/3/',
    );
    assert.equal(absoluteUrl('https://example.com', '/portfolio/', '/'), 'https://example.com/portfolio/');
  });
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

describe('base path on hand-written links', () => {
  it('prefixes root-relative links with the base', () => {
    assert.equal(withBasePath('/concepts/shuffle/', '/portfolio/'), '/portfolio/concepts/shuffle/');
    assert.equal(withBasePath('/concepts/shuffle/#example', '/a/b/'), '/a/b/concepts/shuffle/#example');
  });
  it('leaves other URLs alone', () => {
    for (const url of [
      'https://spark.apache.org/',
      '//cdn.example.com/x.js',
      '#deep-dive',
      'relative/',
      'mailto:a@b.c',
    ]) {
      assert.equal(withBasePath(url, '/portfolio/'), url);
    }
    assert.equal(withBasePath('/portfolio/concepts/x/', '/portfolio/'), '/portfolio/concepts/x/');
    assert.equal(withBasePath('/portfolio', '/portfolio/'), '/portfolio');
    assert.equal(withBasePath('/concepts/x/', '/'), '/concepts/x/');
  });
  it('does not mistake a longer first segment for the base', () => {
    assert.equal(withBasePath('/portfolios/x/', '/portfolio/'), '/portfolio/portfolios/x/');
  });
});
