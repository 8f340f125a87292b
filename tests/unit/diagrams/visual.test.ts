import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iconPacks, iconSymbol, withIconSymbols } from '../../../src/diagrams/icons.ts';
import {
  ALL_LAYERS,
  EDGE_LABEL,
  FRAME,
  KINDS,
  LAYERS,
  PLAIN_FILL,
  PLAIN_STROKE,
  PRODUCTS,
  TEXT,
  classAssignments,
  contrast,
  layersNamed,
  legendItems,
  nodeLine,
  productByKey,
  productsNamed,
  visualClassLines,
  visualCss,
  visualProblems,
  withIconRows,
} from '../../../src/diagrams/visual.ts';

const THEMES = ['light', 'dark'] as const;

describe('the palette', () => {
  it('keeps every text on every fill at WCAG AA (4.5:1) in both themes', () => {
    for (const theme of THEMES) {
      const fills = [
        PLAIN_FILL[theme],
        FRAME.fill[theme],
        ...Object.values(LAYERS).map((layer) => layer[theme]),
      ];
      for (const fill of fills) {
        const ratio = contrast(TEXT[theme], fill);
        assert.ok(ratio >= 4.5, `${theme}: text ${TEXT[theme]} on ${fill} is ${ratio.toFixed(2)}:1`);
      }
      const label = EDGE_LABEL[theme];
      assert.ok(contrast(label.text, label.background) >= 4.5, `${theme}: edge labels`);
    }
  });

  it('draws kind borders and plain borders at 3:1 or more against the plain fill (WCAG 1.4.11)', () => {
    for (const theme of THEMES) {
      for (const [kind, colours] of Object.entries(KINDS)) {
        const ratio = contrast(colours[theme], PLAIN_FILL[theme]);
        assert.ok(ratio >= 3, `${theme}: ${kind} border ${ratio.toFixed(2)}:1`);
      }
      assert.ok(contrast(PLAIN_STROKE[theme], PLAIN_FILL[theme]) >= 3, `${theme}: plain border`);
    }
  });

  it('computes contrast as WCAG does', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#cccccc', '#585858').toFixed(2), '4.43');
  });
});

describe('naming products and layers', () => {
  it('finds the products a label names, in its order, as whole words', () => {
    assert.deepEqual(
      productsNamed('Athena, Redshift: gold as Iceberg, via Glue').map((p) => p.key),
      ['athena', 'redshift', 'glue'],
    );
    assert.deepEqual(productsNamed('wait_for_delivery S3KeySensor'), []);
    assert.deepEqual(
      productsNamed('Git repository').map((p) => p.key),
      ['git'],
    );
    assert.deepEqual(productsNamed('Digital twins'), []);
  });

  it('finds the layers a label names, once each, in any case', () => {
    assert.deepEqual(layersNamed('S3 bronze files, Delta silver, gold, Silver again'), [
      'bronze',
      'silver',
      'gold',
    ]);
    assert.deepEqual(layersNamed('silver_orders job'), []);
    assert.deepEqual(layersNamed('silver.events'), ['silver']);
  });

  it('has an installed icon for every product, each a symbol with stable ids', () => {
    for (const product of PRODUCTS) {
      const symbol = iconSymbol(product);
      assert.match(symbol, new RegExp(`^<symbol id="dg-icon-${product.key}" viewBox="[\\d. ]+">`));
      for (const [, id] of symbol.matchAll(/\sid="([^"]+)"/g))
        assert.ok(id?.startsWith(`dg-icon-${product.key}`), `${product.key}: ${id}`);
      assert.equal(iconSymbol(product), symbol);
      // One-colour marks get an outline in their colour, so their thin lines read at 17 px.
      if (product.icon.startsWith('simple-icons:'))
        assert.match(
          symbol,
          /<g stroke="currentColor" stroke-width="1" stroke-linejoin="round">/,
          product.key,
        );
    }
    const packs = iconPacks();
    assert.deepEqual(packs.map((p) => p.name).sort(), ['logos', 'simple-icons']);
    assert.equal(
      packs.reduce((n, p) => n + Object.keys(p.icons.icons).length, 0),
      PRODUCTS.length,
    );
  });

  it('puts a diagram’s icons inside its SVG where it stands alone', () => {
    const html = withIconSymbols('<svg id="x" viewBox="0 0 1 1"><g></g></svg>', ['s3', 'nope']);
    assert.match(html, /^<svg id="x" viewBox="0 0 1 1"><defs><symbol id="dg-icon-s3" /);
    assert.equal(withIconSymbols('<svg></svg>', []), '<svg></svg>');
  });
});

describe('a flowchart’s classes', () => {
  const source = [
    '%% caption: A lake.',
    'flowchart LR',
    '  src[Client files] --> raw[(S3 bronze)]',
    '  raw --> job[Databricks job]:::compute',
    '  job --> gold[(Gold tables)]',
    '  subgraph silverjob [Silver job]',
    '    x[Parse]',
    '  end',
    '  class raw icon-s3',
    '  class raw,gold storage',
    '%% note raw: class raw bronze is only a comment here.',
  ].join('\n');
  const nodes = [
    { id: 'src', label: 'Client files' },
    { id: 'raw', label: 'S3 bronze' },
    { id: 'job', label: 'Databricks job' },
    { id: 'gold', label: 'Gold tables' },
    { id: 'silverjob', label: 'Silver job' },
    { id: 'x', label: 'Parse' },
  ];

  it('reads `class` lines and `:::` suffixes, not comments', () => {
    const classes = classAssignments(source);
    assert.deepEqual([...(classes.get('raw') ?? [])], ['icon-s3', 'storage']);
    assert.deepEqual([...(classes.get('gold') ?? [])], ['storage']);
    assert.deepEqual([...(classes.get('job') ?? [])], ['compute']);
  });

  it('finds the line where a box is first written', () => {
    assert.equal(nodeLine(source, 'raw'), 3);
    assert.equal(nodeLine(source, 'job'), 4);
    assert.equal(nodeLine(source, 'x'), 7);
  });

  it('reports a product without its icon and a layer without its colour, at the box’s line', () => {
    assert.deepEqual(
      visualProblems(source, 'flowchart', nodes).map((p) => [p.line, p.message.split(':')[0]]),
      [
        [3, 'box "raw" names the bronze layer but has no layer colour'],
        [4, 'box "job" names Databricks but has no icon'],
        [5, 'box "gold" names the gold layer but has no layer colour'],
      ],
    );
  });

  it('accepts a box with its icon and colour, `layers` for several, `no-layer`, and leaves subgraphs alone', () => {
    const styled = `${source}\n  class raw bronze\n  class job icon-databricks\n  class gold no-layer\n`;
    assert.deepEqual(visualProblems(styled, 'flowchart', nodes), []);
    const lake = 'flowchart LR\n  s3[(S3 bronze, silver, gold)]\n  class s3 icon-s3\n  class s3 layers\n';
    assert.deepEqual(visualProblems(lake, 'flowchart', [{ id: 's3', label: 'S3 bronze, silver, gold' }]), []);
  });

  it('names an icon class no product has', () => {
    const [problem] = visualProblems('flowchart LR\n  a[Box]:::icon-nope\n', 'flowchart', [
      { id: 'a', label: 'Box' },
    ]);
    assert.equal(problem?.line, 2);
    assert.match(problem?.message ?? '', /has `icon-nope`, which is no product's icon/);
  });

  it('leaves other kinds of diagram alone', () => {
    assert.deepEqual(visualProblems('sequenceDiagram\n  A->>B: S3 bronze', 'sequenceDiagram', nodes), []);
  });

  it('writes the class lines a generated box needs', () => {
    assert.deepEqual(visualClassLines('c_dag', 'DAG (Airflow)'), ['  class c_dag icon-airflow']);
    assert.deepEqual(visualClassLines('c_m', 'Medallion (bronze, silver, gold)'), [
      `  class c_m ${ALL_LAYERS}`,
    ]);
    assert.deepEqual(visualClassLines('c_x', 'Shuffle'), []);
  });
});

describe('room for the icons', () => {
  it('gives a box with icons a first row of spaces, once, where its label starts', () => {
    const text = [
      'flowchart LR',
      '  a[(S3<br/>bronze)] --> b{{Airflow}}',
      '  b --> a',
      '  c["Spark and Databricks"]',
      '  class a icon-s3',
      '  class b icon-airflow',
      '  class c icon-spark',
      '  class c icon-databricks',
    ].join('\n');
    const out = withIconRows(text, 'flowchart').split('\n');
    const row = (n: number) => `\u200b${'\u2002'.repeat(3 * n)}\u200b<br/>`;
    assert.equal(out[1], `  a[(${row(1)}S3<br/>bronze)] --> b{{${row(1)}Airflow}}`);
    assert.equal(out[2], '  b --> a');
    assert.equal(out[3], `  c["${row(2)}Spark and Databricks"]`);
    assert.equal(out[4], '  class a icon-s3');
    assert.equal(
      withIconRows('sequenceDiagram\n  a->>b: hi', 'sequenceDiagram'),
      'sequenceDiagram\n  a->>b: hi',
    );
  });
});

describe('the styles and the legend', () => {
  it('styles only what a diagram uses, in both themes, without !important or :is()', () => {
    const css = visualCss('dg-x', { kinds: ['storage'], layers: ['gold'] });
    assert.match(
      css,
      /:root:not\(\[data-theme='dark'\]\) #dg-x \.node\.storage>g\.label-container>path\{stroke:#0f766e;/,
    );
    assert.match(
      css,
      /:root\[data-theme='dark'\] #dg-x \.node\.gold>g\.label-container>path\{fill:#5a4a0e\}/,
    );
    assert.doesNotMatch(css, /compute|bronze|!important|:is\(/);
    assert.doesNotMatch(visualCss('dg-x', { kinds: [], layers: [] }, { boxes: false }), /\.node/);
  });

  it('says what borders and fills mean, and the link mark, only where something carries meaning', () => {
    const items = legendItems({
      kinds: ['compute', 'storage'],
      layers: [ALL_LAYERS],
      icons: ['s3'],
      links: true,
    });
    assert.deepEqual(
      items.map((item) => item.label),
      ['Storage', 'Compute', 'Bronze layer', 'Silver layer', 'Gold layer', 'Has a page (in its card)'],
    );
    assert.deepEqual(legendItems({ kinds: [], layers: [], icons: [], links: true }), []);
  });

  it('knows every product by its key', () => {
    for (const product of PRODUCTS) assert.equal(productByKey(product.key), product);
  });
});

describe('icon paths', () => {
  it('are read as SVG reads them: numbers that run together, arc flags that touch', async () => {
    const { parsePath } = await import('../../../src/diagrams/icons.ts');
    assert.deepEqual(parsePath('M1.04.5L0.25-0.333a2.5 2.5 0 012.49-1z'), [
      { command: 'M', args: [1.04, 0.5] },
      { command: 'L', args: [0.25, -0.333] },
      { command: 'a', args: [2.5, 2.5, 0, 0, 1, 2.49, -1] },
      { command: 'z', args: [] },
    ]);
  });

  it('go on a grid from their absolute points, so relative steps add up to no error', async () => {
    const { quantizePath } = await import('../../../src/diagrams/icons.ts');
    // Ten relative steps of 0.3 on a grid of 1 end at 3, not at 10 x round(0.3) = 0 (after a
    // move, further pairs are lines: no letter needed).
    assert.equal(
      quantizePath(`M0 0${'l.3 0'.repeat(10)}`, 1),
      'm0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0',
    );
    assert.equal(
      quantizePath('M10 10H20V5h-2.5zm1 1a2 2 0 011 1', 0.5),
      'm20 20h20v-10h-5zm2 2a4 4 0 0 1 2 2',
    );
    assert.equal(quantizePath('M0 0C1 1 2 2 3 3S5 5 6 6', 1), 'm0 0c1 1 2 2 3 3s2 2 3 3');
  });

  it('scale their viewBox with the grid: half units of a 24-unit mark, two of a 256-unit icon', async () => {
    const { compactIcon } = await import('../../../src/diagrams/icons.ts');
    assert.deepEqual(compactIcon('<path fill="currentColor" d="M12 12.26h1"/>', '0 0 24 24'), {
      body: '<path fill="currentColor" d="m24 25h2"/>',
      viewBox: '0 0 48 48',
    });
    assert.deepEqual(compactIcon('<path fill="#fff" d="M194.675 137.256l1.229-8.652"/>', '0 0 256 256'), {
      body: '<path fill="#fff" d="m97 69 1-5"/>',
      viewBox: '0 0 128 128',
    });
  });
});
