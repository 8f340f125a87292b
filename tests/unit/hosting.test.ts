import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basePath, siteOrigin } from '../../src/config/hosting.mjs';

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
