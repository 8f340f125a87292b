import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entriesToDrop, filesToSave, offlineList, type BuiltFile } from '../../../src/offline/list.ts';

const built: BuiltFile[] = [
  { file: 'index.html', bytes: 100, hash: 'h-home' },
  { file: 'concepts/xcom/index.html', bytes: 50, hash: 'h-xcom' },
  { file: 'pagefind/index/en_1.pf_index', bytes: 20, hash: 'h-index' },
  { file: 'embed/q/3/index.html', bytes: 10, hash: 'h-embed' },
  { file: 'feed.xml', bytes: 10, hash: 'h-feed' },
];
const hashOf = (text: string) => `v${text.length}`;

describe('offline.json', () => {
  const list = offlineList(built, '/portfolio/', hashOf);
  it('lists every page and index chunk under the base, never embeds or feeds', () => {
    assert.deepEqual(
      list.files.map((f) => [f.url, f.kind, f.revision]),
      [
        ['/portfolio/concepts/xcom/', 'page', 'h-xcom'],
        ['/portfolio/', 'shell', 'h-home'],
        ['/portfolio/pagefind/index/en_1.pf_index', 'search', null],
      ],
    );
  });
  it('changes its version when a file changes, not otherwise', () => {
    assert.equal(offlineList(built, '/portfolio/', hashOf).version, list.version);
    const changed = built.map((f) => (f.file === 'index.html' ? { ...f, hash: 'h-home-2' } : f));
    assert.notEqual(offlineList(changed, '/portfolio/', hashOf).version, list.version);
  });
});

describe('a new version of the site', () => {
  const list = offlineList(built, '/', hashOf);
  it('drops pages it removed and pages that changed, keeps the rest', () => {
    const cached = new Map<string, string | null>([
      ['/concepts/xcom/', 'h-xcom-old'],
      ['/concepts/gone/', 'h-gone'],
      ['/pagefind/index/en_1.pf_index', null],
      ['/pagefind/index/en_0.pf_index', null],
    ]);
    assert.deepEqual(entriesToDrop(list, cached), [
      '/concepts/xcom/',
      '/concepts/gone/',
      '/pagefind/index/en_0.pf_index',
    ]);
    assert.deepEqual(entriesToDrop(list, new Map([['/concepts/xcom/', 'h-xcom']])), []);
  });
});

describe('Save for offline', () => {
  const list = offlineList(built, '/', hashOf);
  it('fetches what the browser lacks or holds at another revision', () => {
    assert.deepEqual(
      filesToSave(
        list,
        new Map([
          ['/', null],
          ['/concepts/xcom/', 'h-xcom-old'],
        ]),
      ).map((f) => f.url),
      ['/concepts/xcom/', '/pagefind/index/en_1.pf_index'],
    );
  });
  it('has nothing to fetch once everything is held', () => {
    const all = new Map<string, string | null>(list.files.map((f) => [f.url, f.revision]));
    assert.deepEqual(filesToSave(list, all), []);
  });
});
