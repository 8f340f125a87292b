/**
 * The diagrams' visual language (docs/diagram-style.md): what a box is (its kind), which layer of
 * the lake it belongs to, and which product it is, each drawn one way in every diagram and in both
 * themes. Authors say it with classes in the `.mmd` source (`class s3 icon-s3`, `class s3 bronze`);
 * the renderer draws the icons and this module's palette, and `visualProblems` holds each
 * flowchart to it at build.
 */
import { cssRules } from './svg.ts';

/** What a box is; drawn by its border. */
export const KINDS = {
  storage: { label: 'Storage', light: '#0f766e', dark: '#2dd4bf', dash: '' },
  compute: { label: 'Compute', light: '#1d4ed8', dark: '#7ea6ff', dash: '' },
  orchestration: { label: 'Orchestration', light: '#7c3aed', dark: '#c4a7ff', dash: '' },
  monitoring: { label: 'Monitoring', light: '#b45309', dark: '#f5a524', dash: '' },
  governance: { label: 'Governance', light: '#475569', dark: '#aab6c8', dash: '5 3' },
} as const;
export type Kind = keyof typeof KINDS;

/**
 * Where a box sits in the lake; drawn by its fill. Text on each fill keeps WCAG AA (tested in
 * tests/unit/diagrams/visual.test.ts): light text colour on the dark fills, dark on the light ones.
 */
export const LAYERS = {
  bronze: { label: 'Bronze', light: '#f5d9c0', dark: '#5a3319' },
  silver: { label: 'Silver', light: '#e1e6ec', dark: '#3b4552' },
  gold: { label: 'Gold', light: '#fbe7a1', dark: '#5a4a0e' },
} as const;
export type Layer = keyof typeof LAYERS;
/** A box that holds every layer (a bucket with bronze, silver and gold): the three fills as bands. */
export const ALL_LAYERS = 'layers';

/** Text on a classed box, and the fill of a box with no layer, per theme. */
export const TEXT = { light: '#1f2328', dark: '#eef0f3' } as const;
export const PLAIN_FILL = { light: '#f6f7f9', dark: '#1f242b' } as const;
export const PLAIN_STROKE = { light: '#6b7484', dark: '#8d97a8' } as const;
/** A subgraph's frame: quieter than a box. */
export const FRAME = {
  fill: { light: '#fafbfc', dark: '#171b21' },
  stroke: { light: '#b8c0cc', dark: '#4a5361' },
} as const;

export interface Product {
  /** The icon class is `icon-<key>`. */
  key: string;
  /** The product's name as a reader sees it. */
  name: string;
  /** How a label names it (whole words, case as written). */
  pattern: RegExp;
  /** Iconify name: `logos:aws-s3` (AWS's own coloured icons) or `simple-icons:...` (one colour). */
  icon: `${'logos' | 'simple-icons'}:${string}`;
  /** What it is; a box with its icon and no kind class is drawn as this kind. */
  kind: Kind;
}

/**
 * The products diagrams name. Most wear a one-colour mark drawn in their kind's colour (Simple
 * Icons): it follows the theme and is the smallest. AWS services Simple Icons has no mark for
 * (S3 too, whose mark is twice the bytes) wear AWS's own icon, a coloured tile that reads on both
 * themes.
 */
export const PRODUCTS: readonly Product[] = [
  { key: 's3', name: 'Amazon S3', pattern: /\bS3\b/, icon: 'logos:aws-s3', kind: 'storage' },
  { key: 'glue', name: 'AWS Glue', pattern: /\bGlue\b/, icon: 'logos:aws-glue', kind: 'governance' },
  { key: 'athena', name: 'Amazon Athena', pattern: /\bAthena\b/, icon: 'logos:aws-athena', kind: 'compute' },
  {
    key: 'lambda',
    name: 'AWS Lambda',
    pattern: /\bLambda\b/,
    icon: 'simple-icons:awslambda',
    kind: 'compute',
  },
  {
    key: 'cloudwatch',
    name: 'Amazon CloudWatch',
    pattern: /\bCloudWatch\b/,
    icon: 'simple-icons:amazoncloudwatch',
    kind: 'monitoring',
  },
  {
    key: 'apigateway',
    name: 'Amazon API Gateway',
    pattern: /\bAPI Gateway\b/,
    icon: 'simple-icons:amazonapigateway',
    kind: 'compute',
  },
  {
    key: 'redshift',
    name: 'Amazon Redshift',
    pattern: /\bRedshift\b/,
    icon: 'simple-icons:amazonredshift',
    kind: 'storage',
  },
  { key: 'rds', name: 'Amazon RDS', pattern: /\bRDS\b/, icon: 'simple-icons:amazonrds', kind: 'storage' },
  {
    key: 'kinesis',
    name: 'Amazon Kinesis',
    pattern: /\bKinesis\b/,
    icon: 'logos:aws-kinesis',
    kind: 'compute',
  },
  {
    key: 'lakeformation',
    name: 'AWS Lake Formation',
    pattern: /\bLake Formation\b/,
    icon: 'logos:aws-lake-formation',
    kind: 'governance',
  },
  { key: 'iam', name: 'AWS IAM', pattern: /\bIAM\b/, icon: 'logos:aws-iam', kind: 'governance' },
  {
    key: 'databricks',
    name: 'Databricks',
    pattern: /\bDatabricks\b/,
    icon: 'simple-icons:databricks',
    kind: 'compute',
  },
  {
    key: 'spark',
    name: 'Apache Spark',
    pattern: /\bSpark\b/,
    icon: 'simple-icons:apachespark',
    kind: 'compute',
  },
  {
    key: 'airflow',
    name: 'Apache Airflow',
    pattern: /\bAirflow\b/,
    icon: 'simple-icons:apacheairflow',
    kind: 'orchestration',
  },
  {
    key: 'postgresql',
    name: 'PostgreSQL',
    pattern: /\bPostgreSQL\b/,
    icon: 'simple-icons:postgresql',
    kind: 'storage',
  },
  {
    key: 'jenkins',
    name: 'Jenkins',
    pattern: /\bJenkins\b/,
    icon: 'simple-icons:jenkins',
    kind: 'orchestration',
  },
  { key: 'git', name: 'Git', pattern: /\bGit\b/, icon: 'simple-icons:git', kind: 'storage' },
  {
    key: 'datadog',
    name: 'Datadog',
    pattern: /\bDatadog\b/,
    icon: 'simple-icons:datadog',
    kind: 'monitoring',
  },
  { key: 'dbt', name: 'dbt', pattern: /\bdbt\b/, icon: 'simple-icons:dbt', kind: 'compute' },
  {
    key: 'kafka',
    name: 'Apache Kafka',
    pattern: /\bKafka\b/,
    icon: 'simple-icons:apachekafka',
    kind: 'compute',
  },
];

export const ICON_CLASS_PREFIX = 'icon-';
export const iconClass = (product: Product) => `${ICON_CLASS_PREFIX}${product.key}`;
const PRODUCT_BY_KEY = new Map(PRODUCTS.map((p) => [p.key, p]));
export const productByKey = (key: string) => PRODUCT_BY_KEY.get(key);

/** The products a label names, in the order it names them. */
export function productsNamed(label: string): Product[] {
  return PRODUCTS.map((product) => ({ product, at: label.search(product.pattern) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ product }) => product);
}

/** The layers a label names (`bronze`, `Silver`...), once each, in the order it names them. */
export function layersNamed(label: string): Layer[] {
  const found = [...label.matchAll(/\b(bronze|silver|gold)\b/gi)].map(
    (m) => (m[1] ?? '').toLowerCase() as Layer,
  );
  return [...new Set(found)];
}

/** What a box's classes say about it. */
export interface VisualClasses {
  kind?: Kind;
  layer?: Layer | typeof ALL_LAYERS;
  icons: Product[];
}

/** Reads a box's classes (as Mermaid writes them, space-separated, or as a list). */
export function visualClasses(classes: string | readonly string[]): VisualClasses {
  const list = typeof classes === 'string' ? classes.split(/\s+/) : classes;
  const icons = list
    .filter((c) => c.startsWith(ICON_CLASS_PREFIX))
    .flatMap((c) => productByKey(c.slice(ICON_CLASS_PREFIX.length)) ?? []);
  const kind = list.find((c): c is Kind => c in KINDS) ?? icons[0]?.kind;
  const layer = list.find((c): c is Layer | typeof ALL_LAYERS => c in LAYERS || c === ALL_LAYERS);
  return { icons, ...(kind ? { kind } : {}), ...(layer ? { layer } : {}) };
}

/** What a diagram's boxes use of the visual language, as the renderer found it. */
export interface DiagramVisual {
  kinds: Kind[];
  layers: (Layer | typeof ALL_LAYERS)[];
  /** Product keys whose icons it draws. */
  icons: string[];
  /** Whether any box is a link. */
  links: boolean;
}

/** Edge labels: a solid background and text with 4.5:1 or more on it, in both themes. */
export const EDGE_LABEL = {
  light: { text: '#1f2328', background: '#f3f4f6' },
  dark: { text: '#f3f4f6', background: '#374151' },
} as const;

/** Shapes a box is drawn with; written out, not `:is()`, which resvg's CSS does not read. */
const SHAPES = ['rect', 'path', 'polygon', 'circle', 'ellipse', 'g.label-container>path'];
const each = (prefix: string, suffixes: readonly string[]) => suffixes.map((x) => `${prefix}${x}`).join(',');
const LIGHT = ":root:not([data-theme='dark'])";
const DARK = ":root[data-theme='dark']";

/**
 * The palette as CSS for one SVG (`#<svgId>`), light and dark, scoped as the site's themes are
 * (svg.ts): only the rules for the kinds and layers the diagram uses, plus the plain box and the
 * text every flowchart box has (`boxes`), and edge labels on a solid background in every diagram.
 * Appended after Mermaid's rules and at least as specific, they win over them without
 * `!important`, so the page's highlight and fade rules (diagrams.css) still win over these.
 */
export function visualCss(
  svgId: string,
  used: Pick<DiagramVisual, 'kinds' | 'layers'>,
  { boxes = true, shapes = SHAPES }: { boxes?: boolean; shapes?: readonly string[] } = {},
): string {
  const SHAPES = shapes;
  const s = `#${svgId}`;
  const rules: string[] = [];
  for (const [scope, theme] of [
    [LIGHT, 'light'],
    [DARK, 'dark'],
  ] as const) {
    const at = `${scope} ${s}`;
    const label = EDGE_LABEL[theme];
    rules.push(
      // `color` and `background-color` too: contrast checkers (axe) read those, not SVG paint.
      `${each(`${at} `, ['.edgeLabel', '.edgeLabel rect', '.edgeLabel .label rect', '.labelBkg'])}{fill:${label.background};background-color:${label.background};opacity:1}`,
      `${each(`${at} `, ['.edgeLabel text', '.edgeLabel tspan', '.edgeLabel .label text'])}{fill:${label.text};color:${label.text}}`,
    );
    if (!boxes) continue;
    rules.push(
      `${each(`${at} .node>`, SHAPES)}{fill:${PLAIN_FILL[theme]};stroke:${PLAIN_STROKE[theme]}}`,
      `${at} .node .label text{fill:${TEXT[theme]};color:${TEXT[theme]}}`,
      `${at} .cluster>rect{fill:${FRAME.fill[theme]};stroke:${FRAME.stroke[theme]}}`,
      `${at} .cluster-label text{fill:${TEXT[theme]}}`,
      `${at} .dg-icon{color:${PLAIN_STROKE[theme]}}`,
      `${at} .dg-link-mark{fill:none;stroke:${TEXT[theme]};stroke-width:1.6px;stroke-linecap:round}`,
    );
    for (const kind of used.kinds) {
      const k = KINDS[kind];
      rules.push(
        `${each(`${at} .node.${kind}>`, SHAPES)}{stroke:${k[theme]};stroke-width:2px${k.dash ? `;stroke-dasharray:${k.dash}` : ''}}`,
        `${at} .node.${kind} .dg-icon{color:${k[theme]}}`,
      );
    }
    for (const layer of used.layers) {
      const fill = layer === ALL_LAYERS ? `url(#${svgId}-layers)` : LAYERS[layer][theme];
      rules.push(`${each(`${at} .node.${layer}>`, SHAPES)}{fill:${fill}}`);
    }
    if (used.layers.includes(ALL_LAYERS)) {
      for (const layer of Object.keys(LAYERS) as Layer[])
        rules.push(`${at} .dg-stop-${layer}{stop-color:${LAYERS[layer][theme]}}`);
    }
  }
  return rules.join('');
}

/**
 * Adds the visual language to one merged SVG (svg.ts `mergeThemes`): its rules at the end of its
 * `<style>` and, when a box holds every layer, the bands' gradient.
 */
export function withVisual(
  html: string,
  svgId: string,
  used: DiagramVisual,
  boxes?: { shapes?: readonly string[]; replace?: boolean },
): string {
  // Only the shapes its boxes are drawn with: each is one more selector in every rule.
  const shapes = (boxes?.shapes ?? SHAPES).filter((shape) =>
    new RegExp(
      `<g class="node\\b[^>]*>(?:<title>[^<]*</title>)?<${shape.startsWith('g.') ? 'g class="basic label-container' : `${shape}\\b`}`,
    ).test(html),
  );
  const css = visualCss(svgId, used, { boxes: boxes !== undefined, shapes });
  let out = html.replace(/<style>([\s\S]*?)<\/style>/, (_match, mermaid: string) => {
    // Mermaid's rules for what the palette draws instead: gone, not just outweighed.
    const kept =
      boxes && boxes.replace !== false
        ? cssRules(mermaid).filter(({ prelude }) => {
            const selectors = prelude.split(',').map((part) => part.trim().replace(SCOPED, ''));
            return !selectors.every((selector) => REPLACED.has(selector));
          })
        : cssRules(mermaid);
    return `<style>${kept.map(({ prelude, body }) => `${prelude}{${body}}`).join('')}${css}</style>`;
  });
  if (used.layers.includes(ALL_LAYERS)) {
    out = out.replace(/(<svg\b[^>]*>)/, (tag) => `${tag}<defs>${layersGradient(svgId)}</defs>`);
  }
  return out;
}

/** A theme scope and an SVG id at the start of a selector, as mergeThemes writes them. */
const SCOPED = /^:root(?::not\(\[data-theme='dark'\]\)|\[data-theme='dark'\]) #[\w-]+ /;
/** Mermaid's flowchart rules for boxes, frames and edge labels: the palette sets all they set. */
const REPLACED = new Set([
  '.node rect',
  '.node circle',
  '.node ellipse',
  '.node polygon',
  '.node path',
  '.cluster rect',
  '.cluster-label text',
  '.cluster text',
  '.label text',
  'span',
  '.edgeLabel',
  '.edgeLabel rect',
  // Rules that do nothing to SVG text or to a page: alignment of HTML labels, a cursor the page
  // sets itself, and a custom property scoped under the diagram where nothing reads it.
  '.rough-node .label',
  '.node .label',
  '.image-shape .label',
  '.icon-shape .label',
  '.node.clickable',
  ':root',
]);

/** The three layers as hard bands, left to right, for boxes of class `layers`. */
export function layersGradient(svgId: string): string {
  const stops = (Object.keys(LAYERS) as Layer[])
    .flatMap((layer, i) => [
      `<stop offset="${(i / 3).toFixed(3)}" class="dg-stop-${layer}"/>`,
      `<stop offset="${((i + 1) / 3).toFixed(3)}" class="dg-stop-${layer}"/>`,
    ])
    .join('');
  return `<linearGradient id="${svgId}-layers" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient>`;
}

/** The element id of a product's icon symbol: one per page, shared by every diagram on it. */
export const iconSymbolId = (product: Product) => `dg-icon-${product.key}`;

/** Relative luminance (WCAG 2.x) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** One entry of a diagram's legend: what a border or a fill means there. */
export interface LegendItem {
  type: 'kind' | 'layer' | 'link';
  label: string;
  /** The swatch's light and dark colours, as custom properties (diagrams.css draws it). */
  style: string;
}

/**
 * The legend under a diagram: the kinds and layers its boxes use (a box holding every layer shows
 * all three), and the link mark when a box links to a page. Nothing when nothing carries meaning.
 */
export function legendItems(visual: DiagramVisual): LegendItem[] {
  const kinds = (Object.keys(KINDS) as Kind[]).filter((k) => visual.kinds.includes(k));
  const layers = (Object.keys(LAYERS) as Layer[]).filter(
    (l) => visual.layers.includes(l) || visual.layers.includes(ALL_LAYERS),
  );
  const items: LegendItem[] = [
    ...kinds.map((k) => ({
      type: 'kind' as const,
      label: KINDS[k].label,
      style: `--dg-l:${KINDS[k].light};--dg-d:${KINDS[k].dark}${KINDS[k].dash ? ';--dg-dash:dashed' : ''}`,
    })),
    ...layers.map((l) => ({
      type: 'layer' as const,
      label: `${LAYERS[l].label} layer`,
      style: `--dg-l:${LAYERS[l].light};--dg-d:${LAYERS[l].dark}`,
    })),
  ];
  if (items.length > 0 && visual.links) {
    items.push({ type: 'link', label: 'Has a page (in its card)', style: '' });
  }
  return items;
}

/** Marks a box that names a layer without being in it (`Run fails, silver not written`). */
export const NO_LAYER = 'no-layer';

/** A problem with the visual language, at a line of the `.mmd` file. */
export interface VisualProblem {
  line: number;
  message: string;
}

/** Classes given in a flowchart source (`class a,b name` and `a:::name`), by node id. */
export function classAssignments(text: string): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  const add = (id: string, name: string) => {
    const set = classes.get(id) ?? new Set<string>();
    set.add(name);
    classes.set(id, set);
  };
  for (const line of text.split('\n')) {
    if (/^\s*%%/.test(line)) continue;
    const statement = /^\s*class\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s+([\w-]+)\s*;?\s*$/.exec(line);
    if (statement) {
      for (const id of (statement[1] ?? '').split(',')) add(id.trim(), statement[2] ?? '');
      continue;
    }
    for (const m of line.matchAll(
      /(\w[\w-]*)(?:\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|>[^\]]*\])?:::([\w-]+(?::::[\w-]+)*)/g,
    )) {
      for (const name of (m[2] ?? '').split(':::')) add(m[1] ?? '', name);
    }
  }
  return classes;
}

/** The line (1-based) where a node is first written in a source, for messages; 1 if not found. */
export function nodeLine(text: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = text.split('\n');
  const defined = new RegExp(`(^|[^\\w-])${escaped}\\s*(\\[|\\(|\\{|>|@\\{)`);
  const named = new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`);
  const code = (line: string) => !/^\s*%%/.test(line);
  const at = lines.findIndex((line) => code(line) && defined.test(line));
  const fallback = lines.findIndex((line) => code(line) && named.test(line));
  return (at >= 0 ? at : Math.max(fallback, 0)) + 1;
}

/**
 * Holds a flowchart to the visual language: a box whose label names a product carries the icon
 * class of the first product it names; a box whose label names a layer carries that layer's
 * colour (one of them, or `layers`, when it names several; `no-layer` when it only mentions it);
 * an `icon-` class names a product there is an icon for. Subgraphs are frames, not boxes: left
 * alone. Other kinds of diagram cannot take classes on every box and are not checked.
 */
export function visualProblems(
  text: string,
  kind: string,
  nodes: readonly { id: string; label: string }[],
): VisualProblem[] {
  if (kind !== 'flowchart' && kind !== 'graph') return [];
  const classes = classAssignments(text);
  const groups = new Set([...text.matchAll(/^\s*subgraph\s+([\w-]+)/gm)].map((m) => m[1] ?? ''));
  const problems: VisualProblem[] = [];
  for (const node of nodes) {
    if (groups.has(node.id)) continue;
    const own = classes.get(node.id) ?? new Set<string>();
    const line = nodeLine(text, node.id);
    const product = productsNamed(node.label)[0];
    if (product && !own.has(iconClass(product))) {
      problems.push({
        line,
        message: `box "${node.id}" names ${product.name} but has no icon: add \`class ${node.id} ${iconClass(product)}\` (docs/diagram-style.md)`,
      });
    }
    const layers = layersNamed(node.label);
    const coloured = own.has(ALL_LAYERS) || layers.some((l) => own.has(l));
    if (layers.length > 0 && !coloured && !own.has(NO_LAYER)) {
      const suggestion = layers.length === 1 ? layers[0] : ALL_LAYERS;
      problems.push({
        line,
        message: `box "${node.id}" names the ${layers.join(', ')} layer but has no layer colour: add \`class ${node.id} ${suggestion}\`, or \`${NO_LAYER}\` if it is not in that layer (docs/diagram-style.md)`,
      });
    }
    for (const name of own) {
      if (name.startsWith(ICON_CLASS_PREFIX) && !productByKey(name.slice(ICON_CLASS_PREFIX.length))) {
        problems.push({
          line,
          message: `box "${node.id}" has \`${name}\`, which is no product's icon: the icons are ${PRODUCTS.map(iconClass).join(', ')}`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * The class lines a generated box needs to follow the visual language: the icon of each product
 * its label names, and the colour of the layer it names (`layers` when it names several).
 */
export function visualClassLines(id: string, label: string): string[] {
  const layers = layersNamed(label);
  const layer = layers.length === 1 ? layers[0] : layers.length > 1 ? ALL_LAYERS : undefined;
  return [
    ...productsNamed(label).map((product) => `  class ${id} ${iconClass(product)}`),
    ...(layer ? [`  class ${id} ${layer}`] : []),
  ];
}

/** En spaces that make room for one icon in a label row (1.5 em). */
export const ICON_SPACES = 3;

/**
 * Gives each flowchart box with product icons a first row of its own for them: en spaces between
 * zero-width ones, then a line break, written where the box's label starts in the source. Mermaid measures and lays
 * out that row like any text, so the box and the whole layout make room for the icons, which the
 * renderer then draws over the spaces. Other diagrams are returned as they are.
 */
export function withIconRows(text: string, kind: string): string {
  if (kind !== 'flowchart' && kind !== 'graph') return text;
  const classes = classAssignments(text);
  const done = new Set<string>();
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*%%/.test(line) || /^\s*(class|classDef|click|style)\b/.test(line)) return line;
      return line.replace(
        /(^|[\s&;>|-])([\w-]+)(\[\[|\[\(|\(\[|\(\(|\{\{|\[\/|\[\\|\[|\(|\{|>)("?)/g,
        (match, before: string, id: string, open: string, quote: string) => {
          const icons = [...(classes.get(id) ?? [])].filter(
            (c) => c.startsWith(ICON_CLASS_PREFIX) && productByKey(c.slice(ICON_CLASS_PREFIX.length)),
          ).length;
          if (icons === 0 || done.has(id)) return match;
          done.add(id);
          // En spaces hold the icons' width (Mermaid writes a no-break space out as `&nbsp;`);
          // zero-width spaces at both ends keep it from trimming the row away.
          return `${before}${id}${open}${quote}\u200b${'\u2002'.repeat(ICON_SPACES * icons)}\u200b<br/>`;
        },
      );
    })
    .join('\n');
}
