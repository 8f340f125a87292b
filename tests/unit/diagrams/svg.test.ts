import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  mergeThemes,
  paintDifferences,
  roundGeometry,
  roundNumbers,
  prefixIds,
  scopeCss,
  shareStyles,
} from '../../../src/diagrams/svg.ts';
import { sourceLine } from '../../../src/diagrams/render.ts';

const svg = (fill: string, css: string) =>
  `<svg id="dg-x" width="100%" style="max-width: 100px;" viewBox="0 0 100.4 50"><style>${css}</style>` +
  `<defs><marker id="arrow"><path fill="${fill}"/></marker></defs><path marker-end="url(#arrow)"/></svg>`;

describe('theme-aware SVG', () => {
  it('scopes every selector, keeps @keyframes, and recurses into @media', () => {
    assert.equal(
      scopeCss('#a .b{fill:red}#a .c,#a .d{x:y}@keyframes k{from{a:b}}@media (x){#a{c:d}}', ':root'),
      ':root #a .b{fill:red}:root #a .c,:root #a .d{x:y}@keyframes k{from{a:b}}@media (x){:root #a{c:d}}',
    );
  });

  it('prefixes ids and their references with the diagram id', () => {
    const out = prefixIds(svg('#000', ''), 'dg-x');
    assert.match(out, /id="dg-x-arrow"/);
    assert.match(out, /url\(#dg-x-arrow\)/);
    assert.match(out, /<svg id="dg-x"/);
  });

  it('turns paint that differs per theme into dark CSS on a marked element', () => {
    const merged = paintDifferences('<path fill="#000"/>', '<path fill="#fff"/>', 'dg-x');
    assert.deepEqual(merged, {
      body: '<path data-dg="0" fill="#000"/>',
      darkCss: ':root[data-theme=\'dark\'] #dg-x [data-dg="0"]{fill:#fff}',
    });
    assert.equal(
      paintDifferences('<path d="M0"/>', '<path d="M1"/>', 'dg-x'),
      undefined,
      'geometry must match',
    );
  });

  it('merges light and dark renders into one SVG with fixed size and both scoped styles', () => {
    const themed = mergeThemes(svg('#000', '#dg-x{fill:#333}'), svg('#fff', '#dg-x{fill:#ccc}'), 'dg-x');
    assert.equal(themed.sharedBody, true);
    assert.equal(themed.width, 101);
    assert.equal(themed.height, 50);
    assert.equal((themed.html.match(/<svg\b/g) ?? []).length, 1);
    assert.match(themed.html, /width="101" height="50"/);
    assert.doesNotMatch(themed.html, /max-width/);
    assert.match(themed.html, /:root:not\(\[data-theme='dark'\]\) #dg-x\{fill:#333\}/);
    assert.match(themed.html, /:root\[data-theme='dark'\] #dg-x\{fill:#ccc\}/);
  });

  it('keeps both renders, one shown per theme, when their structure differs', () => {
    const dark = svg('#fff', '').replace('<path marker-end', '<circle/><path marker-end');
    const themed = mergeThemes(svg('#000', ''), dark, 'dg-x');
    assert.equal(themed.sharedBody, false);
    assert.match(themed.html, /dg-svg--light[\s\S]*dg-svg--dark/);
    assert.match(themed.html, /id="dg-x-dark"/);
  });

  it("maps Mermaid's line numbers (comments dropped) back to the source file", () => {
    const text = '%% caption: x\nflowchart LR\n  a --> b\n  %% a note\n  b -->> c';
    assert.equal(sourceLine(text, 1), 2);
    assert.equal(sourceLine(text, 3), 5);
  });
});

describe('two layouts of one diagram on a page', () => {
  const styled = (id: string, css: string) => `<svg id="${id}"><style>${css}</style><g></g></svg>`;

  it('share the Mermaid styles they have in common, keeping each its own paint rules', () => {
    const shared = shareStyles(
      {
        html: styled('dg-x', `#dg-x .a{fill:red}@media (x){#dg-x .b{c:d}}#dg-x [data-dg="0"]{fill:#fff}`),
        id: 'dg-x',
      },
      {
        html: styled(
          'dg-x-narrow',
          `#dg-x-narrow .a{fill:red}@media (x){#dg-x-narrow .b{c:d}}#dg-x-narrow [data-dg="0"]{fill:#000}`,
        ),
        id: 'dg-x-narrow',
      },
    );
    assert.equal(
      shared.main,
      styled(
        'dg-x',
        `:is(#dg-x,#dg-x-narrow) .a{fill:red}@media (x){:is(#dg-x,#dg-x-narrow) .b{c:d}}#dg-x [data-dg="0"]{fill:#fff}`,
      ),
    );
    assert.equal(shared.narrow, styled('dg-x-narrow', `#dg-x-narrow [data-dg="0"]{fill:#000}`));
  });

  it('keep their own styles when they differ', () => {
    const main = { html: styled('dg-x', '#dg-x .a{fill:red}'), id: 'dg-x' };
    const narrow = { html: styled('dg-x-narrow', '#dg-x-narrow .a{fill:blue}'), id: 'dg-x-narrow' };
    assert.deepEqual(shareStyles(main, narrow), { main: main.html, narrow: narrow.html });
  });
});

describe('rounded geometry', () => {
  it('rounds coordinates to a tenth, keeping numbers that run together apart', () => {
    assert.equal(roundNumbers('M12.297 0l.297.297L1.04.5 3-2.25e-1'), 'M12.3 0l.3.3L1.0.5 3-0.2');
    assert.equal(roundNumbers('M12.258.001l-.04.2'), 'M12.3.0l.0.2');
    assert.equal(roundNumbers('translate(693.6019287109375, 12)'), 'translate(693.6, 12)');
  });

  it('touches only geometry attributes, never text or styles', () => {
    assert.equal(
      roundGeometry(
        '<g transform="translate(1.26, 2)"><text x="0.04" data-x="1.26">3.14159</text><path style="stroke-width:1.25px" d="M0 0L1.26 2"/></g>',
      ),
      '<g transform="translate(1.3, 2)"><text x="0.0" data-x="1.26">3.14159</text><path style="stroke-width:1.25px" d="M0 0L1.3 2"/></g>',
    );
  });
});
