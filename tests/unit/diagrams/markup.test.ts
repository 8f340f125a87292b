import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RenderedDiagram } from '../../../src/diagrams/cache.ts';
import { diagramMarkup, nodeNames, svgMarkup } from '../../../src/diagrams/markup.ts';

const graph = {
  nodes: [
    { id: 'clean', label: 'Clean job' },
    { id: 'silver', label: 'Silver tables' },
    { id: 'model', label: 'Model job' },
    { id: 'checks', label: 'Quality checks' },
  ],
  edges: [
    { from: 'clean', to: 'silver', label: '' },
    { from: 'silver', to: 'model', label: '' },
    { from: 'silver', to: 'checks', label: 'read' },
  ],
};

function diagram(html: string): RenderedDiagram {
  return {
    id: 'x',
    key: 'k',
    kind: 'flowchart',
    caption: '',
    title: '',
    description: '',
    html,
    width: 10,
    height: 10,
    visual: { kinds: [], layers: [], icons: [], links: false },
    sharedBody: true,
    labels: { median: 16, min: 16 },
    links: [],
    summary: { nodes: [], edges: [] },
    graph,
  };
}

describe('diagram markup on a page', () => {
  it('names every box with its label first, then what it comes from and goes to', () => {
    assert.equal(
      nodeNames(graph).get('silver'),
      'Silver tables, from: Clean job; to: Model job, Quality checks',
    );
    assert.equal(nodeNames(graph).get('clean'), 'Clean job, to: Silver tables');
  });

  it('makes a box without a link a focusable, named image, once per box', () => {
    const html = diagramMarkup(
      diagram(
        '<g class="node" data-dg-node="silver" data-dg-label="Silver tables"><rect></rect></g><g data-dg-node="silver"></g>',
      ),
      '/',
    );
    assert.equal(
      html,
      '<g class="node" data-dg-node="silver" data-dg-label="Silver tables" tabindex="0" role="img" aria-label="Silver tables, from: Clean job; to: Model job, Quality checks"><rect></rect></g><g data-dg-node="silver"></g>',
    );
  });

  it('names a linked box through its link, with the base path and SVG 2 href', () => {
    const html = diagramMarkup(
      diagram(
        '<a xlink:href="/concepts/medallion-architecture/" transform="t" aria-label="Clean job"><title>Medallion</title><g class="node" data-dg-node="clean"></g></a>',
      ),
      '/portfolio/',
    );
    assert.equal(
      html,
      '<a class="dg-link" href="/portfolio/concepts/medallion-architecture/" transform="t" aria-label="Clean job, to: Silver tables"><title>Medallion</title><g class="node" data-dg-node="clean"></g></a>',
    );
  });

  it('puts the narrow layout after the main one, and the rules that choose between them in its style', () => {
    const main =
      '<svg id="dg-x" class="dg-svg dg-svg--main"><style>#dg-x .a{b:c}</style><g data-dg-node="silver"></g></svg>';
    const narrow =
      '<svg id="dg-x-narrow" class="dg-svg dg-svg--narrow"><style>#dg-x-narrow .a{b:c}</style><g data-dg-node="silver"></g></svg>';
    const html = diagramMarkup(
      {
        ...diagram(main),
        narrow: { html: narrow, width: 5, height: 20, sharedBody: true, labels: { median: 16, min: 16 } },
      },
      '/',
    );
    assert.match(
      html,
      /^<svg data-dg-of="x" data-dg-labels="16 16" id="dg-x" [^>]*><style>#diagram-x \.dg-svg--main\{max-width:10px\}#diagram-x \.dg-svg--narrow\{max-width:5px\}@media/,
    );
    assert.match(html, /:is\(#dg-x,#dg-x-narrow\) \.a\{b:c\}<\/style>/);
    const narrowShown = svgMarkup(narrow.replace('#dg-x-narrow .a{b:c}', ''), graph, '/');
    assert.ok(html.endsWith(narrowShown.replace('<svg ', '<svg data-dg-of="x" data-dg-labels="16 16" ')));
  });
});
