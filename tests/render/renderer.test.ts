import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { mermaidVersion, renderKey, type RenderedDiagram } from '../../src/diagrams/cache.ts';
import { DiagramRenderer } from '../../src/diagrams/render.ts';
import { parseDiagramSource } from '../../src/diagrams/source.ts';

// The renderer on fixtures, in a real headless Chromium with Mermaid 12, loaded once for the file.
function fixture(id: string) {
  const file = `tests/fixtures/diagrams/${id}.mmd`;
  return parseDiagramSource(id, file, readFileSync(file, 'utf8'));
}

describe('rendering diagrams', () => {
  let renderer: DiagramRenderer;
  const version = mermaidVersion();
  // Each fixture is rendered once for the tests that read it: a render is the slow part.
  let goodFlow: Promise<RenderedDiagram[]>;
  let sequence: Promise<RenderedDiagram[]>;
  before(async () => {
    renderer = await DiagramRenderer.open();
    goodFlow = renderer.render([fixture('good-flow')], version);
    sequence = goodFlow.then(() => renderer.render([fixture('sequence')], version));
  });
  after(async () => {
    await renderer.close();
  });

  it('renders a good diagram to one theme-aware SVG with its links and a text summary', async () => {
    const [diagram] = await goodFlow;
    assert.ok(diagram);
    assert.equal(diagram.sharedBody, true, 'light and dark share one SVG body');
    assert.equal((diagram.html.match(/<svg\b/g) ?? []).length, 1);
    assert.match(diagram.html, /:root:not\(\[data-theme='dark'\]\) #dg-good-flow/);
    assert.match(diagram.html, /:root\[data-theme='dark'\] #dg-good-flow/);
    assert.match(diagram.html, /<svg[^>]* width="\d+" height="\d+"/);
    assert.match(diagram.html, /xlink:href="\/concepts\/medallion-architecture\/"/);
    assert.doesNotMatch(diagram.html, /<script|javascript:/i);
    assert.deepEqual(diagram.summary.nodes, ['Raw files', 'Bronze', 'Silver']);
    assert.deepEqual(diagram.summary.edges[1], { from: 'Bronze', to: 'Silver', label: 'clean' });
    assert.equal(diagram.key, renderKey(fixture('good-flow').text, version));
  });

  it('stores the graph and marks each box and edge in the SVG for the page to explore', async () => {
    const [diagram] = await goodFlow;
    assert.ok(diagram);
    assert.deepEqual(
      diagram.graph.nodes.map((n) => `${n.id}: ${n.label}`),
      ['raw: Raw files', 'bronze: Bronze', 'silver: Silver'],
    );
    assert.deepEqual(
      diagram.graph.edges.map((e) => `${e.from}->${e.to} ${e.label}`.trim()),
      ['raw->bronze', 'bronze->silver clean'],
    );
    for (const node of diagram.graph.nodes)
      assert.match(diagram.html, new RegExp(`data-dg-node="${node.id}"`));
    diagram.graph.edges.forEach((edge, i) =>
      assert.match(
        diagram.html,
        new RegExp(`data-dg-edge="${i}" data-dg-from="${edge.from}" data-dg-to="${edge.to}"`),
      ),
    );
    assert.doesNotMatch(
      diagram.html,
      /\stitle="|\sname="|data-points=/,
      'valid HTML: no title or name attributes',
    );
  });

  it('numbers the messages of a sequence diagram as its edges, and its participants as its boxes', async () => {
    const [diagram] = await sequence;
    assert.ok(diagram);
    // The fixture: participants A and B; messages A->>B "Run query" and B-->>A "Rows", in order.
    assert.deepEqual(
      diagram.graph.nodes.map((node) => node.id),
      ['A', 'B'],
    );
    assert.deepEqual(
      diagram.graph.edges.map((edge) => [edge.from, edge.to]),
      [
        ['A', 'B'],
        ['B', 'A'],
      ],
    );
    assert.match(diagram.html, /data-dg-edge="0" data-dg-from="A" data-dg-to="B"/);
    assert.match(diagram.html, /data-dg-edge="1" data-dg-from="B" data-dg-to="A"/);
  });

  it('gives every id the diagram prefix, so two sequence diagrams on a page never clash', async () => {
    const [diagram] = await sequence;
    assert.ok(diagram);
    const ids = [...diagram.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(ids.length > 0);
    for (const id of ids) assert.ok(id.startsWith('dg-sequence'), id);
    assert.equal(diagram.sharedBody, true);
  });

  it('measures its labels, keeps a narrow layout that reads better on a phone, and rounds its geometry', async () => {
    const [diagram] = await goodFlow;
    assert.ok(diagram);
    assert.deepEqual(diagram.labels, { median: 16, min: 16 });
    // Left to right, three boxes; top to bottom, one column.
    assert.ok(diagram.narrow, 'a narrow layout');
    assert.ok(diagram.narrow.width < diagram.width / 2, `${diagram.narrow.width} against ${diagram.width}`);
    assert.match(diagram.narrow.html, /<svg id="dg-good-flow-narrow"[^>]*class="[^"]*dg-svg--narrow/);
    assert.match(diagram.html, /<svg id="dg-good-flow"[^>]*class="[^"]*dg-svg--main/);
    for (const node of diagram.graph.nodes)
      assert.match(diagram.narrow.html, new RegExp(`data-dg-node="${node.id}"`));
    assert.doesNotMatch(
      diagram.html + diagram.narrow.html,
      /\s(?:d|transform|x|y|width|height|viewBox)="[^"]*\d\.\d{2}/,
      'coordinates to a tenth of a pixel',
    );
  });

  it("fails on a syntax error naming the .mmd file, the line and Mermaid's message", async () => {
    await assert.rejects(
      renderer.render([fixture('good-flow'), fixture('syntax-error')], version),
      (error: Error) => {
        assert.match(
          error.message,
          /tests\/fixtures\/diagrams\/syntax-error\.mmd:6 {2}Mermaid: .*(Parse error|Expecting|Lexical error)/,
        );
        assert.doesNotMatch(error.message, /good-flow/);
        return true;
      },
    );
  });
});
