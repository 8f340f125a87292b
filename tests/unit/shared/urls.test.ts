import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  absoluteUrl,
  basePath,
  isLocalOrigin,
  pagePath,
  shareableUrl,
  siteOrigin,
  withBase,
  withoutBase,
} from '../../../src/shared/urls.ts';

describe('hosting settings', () => {
  it('normalises BASE_PATH to a path with leading and trailing slashes', () => {
    assert.equal(basePath(undefined), '/');
    assert.equal(basePath(''), '/');
    assert.equal(basePath('portfolio'), '/portfolio/');
    assert.equal(basePath('/portfolio/'), '/portfolio/');
    assert.equal(basePath('/a/b'), '/a/b/');
  });
  it('rejects a BASE_PATH with characters a URL path cannot hold', () => {
    assert.throws(() => basePath('my site'), /BASE_PATH may hold only URL path characters/);
  });
  it('takes the origin of SITE_URL and defaults to localhost', () => {
    assert.equal(siteOrigin(undefined), 'http://localhost:4321');
    assert.equal(siteOrigin('https://example.com/some/path'), 'https://example.com');
    assert.throws(() => siteOrigin('example.com'), /SITE_URL must be an absolute URL/);
  });
});

describe('absolute URLs', () => {
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
  it("gives a page's path from its content id", () => {
    assert.equal(pagePath('answers/x'), '/answers/x/');
    assert.equal(pagePath('index'), '/');
  });
});

describe('the base path on site paths', () => {
  it('prefixes root-relative links with the base', () => {
    assert.equal(withBase('/concepts/shuffle/', '/portfolio/'), '/portfolio/concepts/shuffle/');
    assert.equal(withBase('/concepts/shuffle/#example', '/a/b/'), '/a/b/concepts/shuffle/#example');
  });
  it('leaves other URLs alone', () => {
    for (const url of [
      'https://spark.apache.org/',
      '//cdn.example.com/x.js',
      '#deep-dive',
      'relative/',
      'mailto:a@b.c',
    ]) {
      assert.equal(withBase(url, '/portfolio/'), url);
    }
    assert.equal(withBase('/portfolio/concepts/x/', '/portfolio/'), '/portfolio/concepts/x/');
    assert.equal(withBase('/portfolio', '/portfolio/'), '/portfolio');
    assert.equal(withBase('/concepts/x/', '/'), '/concepts/x/');
  });
  it('does not mistake a longer first segment for the base', () => {
    assert.equal(withBase('/portfolios/x/', '/portfolio/'), '/portfolio/portfolios/x/');
  });
  it('takes the base off a path under it, and leaves others alone', () => {
    assert.equal(withoutBase('/portfolio/concepts/x/', '/portfolio/'), '/concepts/x/');
    assert.equal(withoutBase('/elsewhere/', '/portfolio/'), '/elsewhere/');
  });
});

describe('shareable URLs', () => {
  it('keeps a real SITE_URL, wherever the page is served from', () => {
    assert.equal(
      shareableUrl('https://answers.example.com/q/3/', 'http://localhost:4321'),
      'https://answers.example.com/q/3/',
    );
    assert.equal(
      shareableUrl('https://answers.example.com/answers/x/#y', 'https://preview.pages.dev'),
      'https://answers.example.com/answers/x/#y',
    );
  });

  it('moves a local origin (a build without SITE_URL) to the origin the page is served from', () => {
    assert.equal(
      shareableUrl('http://localhost:4321/portfolio/q/3/?a=1#b', 'https://me.github.io'),
      'https://me.github.io/portfolio/q/3/?a=1#b',
    );
    assert.equal(shareableUrl('http://127.0.0.1:8080/x/', 'https://me.github.io'), 'https://me.github.io/x/');
  });

  it('leaves a local origin alone when the page is served from it', () => {
    assert.equal(
      shareableUrl('http://localhost:4321/x/', 'http://localhost:4321'),
      'http://localhost:4321/x/',
    );
  });

  it('knows which origins only this machine reaches', () => {
    assert.equal(isLocalOrigin('http://localhost:4321'), true);
    assert.equal(isLocalOrigin('http://site.localhost'), true);
    assert.equal(isLocalOrigin('http://[::1]:3000'), true);
    assert.equal(isLocalOrigin('https://localhost.example.com'), false);
  });
});
