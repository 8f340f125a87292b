import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBuiltPage } from '../../../src/build/built-page.ts';
import { findBrokenLinks } from '../../../src/build/link-check.ts';

/** Fixture pages as the post-build step hands them over: parsed. */
const parsed = (fixtures: { file: string; html: string }[]) =>
  fixtures.map(({ file, html }) => parseBuiltPage(file, html));

const pages = parsed([
  { file: 'index.html', html: '<a href="/answers/a/">A</a>\n<a href="/answers/a/#deep">Deep</a>' },
  {
    file: 'answers/a/index.html',
    html: '<h2 id="deep">Deep</h2>\n<a href="../../concepts/missing/">x</a>\n<a href="#nope">y</a>\n<svg><a xlink:href="/answers/a/">n</a></svg>',
  },
  { file: '404.html', html: '<a href="whatever/">ignored</a>' },
]);
const files = new Set(['index.html', 'answers/a/index.html', '404.html', 'og/a.png']);

describe('internal link check', () => {
  it('reports missing pages and missing anchors with the page and line', () => {
    assert.deepEqual(findBrokenLinks(pages, files, '/'), [
      { page: 'answers/a/index.html', line: 2, href: '../../concepts/missing/', reason: 'no such page' },
      { page: 'answers/a/index.html', line: 3, href: '#nope', reason: 'no element with id "nope"' },
    ]);
  });

  it('under a base path, flags links that escape it', () => {
    const based = parsed([
      { file: 'index.html', html: '<a href="/portfolio/answers/a/">ok</a><a href="/answers/a/">bad</a>' },
    ]);
    const broken = findBrokenLinks([...based, pages[1]!], files, '/portfolio/');
    assert.equal(broken.filter((b) => b.href === '/answers/a/').length >= 1, true);
    assert.equal(
      broken.some((b) => b.href === '/portfolio/answers/a/'),
      false,
    );
  });

  it('ignores external links, mailto and data URLs', () => {
    const external = parsed([
      { file: 'index.html', html: '<a href="https://spark.apache.org/">s</a><a href="mailto:x@y">m</a>' },
    ]);
    assert.deepEqual(findBrokenLinks(external, files, '/'), []);
  });
});

describe('diagram deep links', () => {
  const [page] = parsed([
    {
      file: 'answers/x/index.html',
      html: '<div id="diagram-flow"><svg><g data-dg-node="silver"></g></svg><li id="diagram-flow-step-2"></li></div>\n<a href="#diagram-flow/silver">box</a><a href="#diagram-flow/step-2">step</a><a href="#diagram-flow/gold">no box</a><a href="#diagram-flow/step-9">no step</a>',
    },
  ]);
  it('accept a box the diagram has and a step it has, and name the others', () => {
    assert.deepEqual(
      findBrokenLinks([page!], new Set([page!.file]), '/').map((b) => b.href),
      ['#diagram-flow/gold', '#diagram-flow/step-9'],
    );
  });
});
