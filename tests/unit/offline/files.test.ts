import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheKey, fileKind, fileUrl, requestRoute } from '../../../src/offline/files.ts';

describe('what the offline copy holds', () => {
  it('precaches the home page, every answer, practice, search, scripts and Pagefind’s core', () => {
    for (const file of [
      'index.html',
      'answers/partitioning-large-tables/index.html',
      'answers/index.html',
      'practice/index.html',
      'search/index.html',
      'offline/index.html',
      '404.html',
      '_astro/page.cNngjUgL.js',
      '_astro/index.Cg9X6uED.css',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind.en_fa45f58732.pf_meta',
      'pagefind/vocabulary.json',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'offline.json',
    ]) {
      assert.equal(fileKind(file), 'shell', file);
    }
  });
  it('keeps concept pages and the rest of the pages once opened or saved', () => {
    for (const file of ['concepts/xcom/index.html', 'concept-map/index.html', 'all-answers/index.html']) {
      assert.equal(fileKind(file), 'page', file);
    }
  });
  it('keeps the search index chunks once loaded or saved', () => {
    for (const file of [
      'pagefind/index/en_1a2b.pf_index',
      'pagefind/fragment/en_3c.pf_fragment',
      'pagefind/filter/en_4d.pf_filter',
    ]) {
      assert.equal(fileKind(file), 'search', file);
    }
  });
  it('never holds embeds, feeds, oEmbed, badges, cards, short links, downloads or Pagefind’s UI', () => {
    for (const file of [
      'embed/q/3/index.html',
      'embed/404.html',
      'feed.xml',
      'answers.json',
      'oembed/q/3.json',
      'badge/q/3.svg',
      'og/answers/x.png',
      'q/3/index.html',
      'practice/deck.csv',
      'sitemap-0.xml',
      'robots.txt',
      '_headers',
      'sw.js',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-component-ui.css',
    ]) {
      assert.equal(fileKind(file), 'never', file);
    }
  });
  it('names each file by the URL the site links, under the base', () => {
    assert.equal(fileUrl('index.html', '/'), '/');
    assert.equal(fileUrl('answers/x/index.html', '/portfolio/'), '/portfolio/answers/x/');
    assert.equal(fileUrl('404.html', '/portfolio/'), '/portfolio/404.html');
    assert.equal(fileUrl('_astro/a.js', '/'), '/_astro/a.js');
  });
});

describe('the service worker’s routes', () => {
  for (const base of ['/', '/portfolio/']) {
    const scope = new URL(`https://answers.example.com${base}`);
    const route = (path: string, origin = scope.origin) =>
      requestRoute(new URL(`${origin}${base}${path}`), scope);
    it(`leaves embeds, feeds, oEmbed, badges and short links to the network (scope ${base})`, () => {
      for (const path of [
        'embed/q/3/',
        'embed/q/3/?theme=dark',
        'embed/404.html',
        'feed.xml',
        'answers.json',
        'oembed/q/3.json',
        'badge/q/3.svg',
        'og/index.png',
        'q/3/',
        'sw.js',
        'offline.json',
      ]) {
        assert.equal(route(path), 'pass', path);
      }
    });
    it(`keeps pages and index chunks (scope ${base})`, () => {
      assert.equal(route(''), 'page');
      assert.equal(route('concepts/xcom/'), 'page');
      assert.equal(route('search/?q=xcom'), 'page');
      assert.equal(route('pagefind/fragment/en_3c.pf_fragment'), 'search');
      assert.equal(route('_astro/page.cNngjUgL.js'), 'asset');
      assert.equal(route('pagefind/pagefind-ui.js'), 'pass');
    });
    it(`ignores other origins and paths outside the scope (scope ${base})`, () => {
      assert.equal(route('concepts/xcom/', 'https://elsewhere.example.com'), 'pass');
      if (base !== '/')
        assert.equal(requestRoute(new URL('https://answers.example.com/other/'), scope), 'pass');
    });
  }
  it('keys a cached page without its query or fragment', () => {
    assert.equal(cacheKey('https://a.example/practice/?q=x#top'), 'https://a.example/practice/');
  });
});
