import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { ContentError, type Problem } from '../shared/problems.ts';
import {
  mermaidVersion,
  renderKey,
  type DiagramSummary,
  type NarrowLayout,
  type RenderedDiagram,
} from './cache.ts';
import { MERMAID_CONFIG, THEMES } from './settings.ts';
import type { DiagramGraph } from './annotations.ts';
import { pickNarrow, type DiagramLayout, type LabelSizes } from './legibility.ts';
import { narrowSources } from './narrow.ts';
import type { DiagramSource } from './source.ts';
import { mergeThemes, roundGeometry } from './svg.ts';
import { iconPacks } from './icons.ts';
import {
  ALL_LAYERS,
  KINDS,
  LAYERS,
  PRODUCTS,
  withIconRows,
  withVisual,
  type DiagramVisual,
  type Kind,
  type Layer,
} from './visual.ts';

/** What the render page needs of visual.ts (it cannot import): class names and product kinds. */
interface VisualInput {
  icons: Record<string, Kind>;
  kinds: string[];
  layers: string[];
}
const VISUAL_INPUT: VisualInput = {
  icons: Object.fromEntries(PRODUCTS.map((p) => [p.key, p.kind])),
  kinds: Object.keys(KINDS),
  layers: [...Object.keys(LAYERS), ALL_LAYERS],
};

/**
 * The diagrams whose boxes take the palette (visual.ts): flowcharts whole; state diagrams their
 * boxes, not the start and end dots, and beside Mermaid's own rules, which those dots need.
 */
const BOXES: Record<string, { shapes?: readonly string[]; replace?: boolean } | undefined> = {
  flowchart: {},
  graph: {},
  stateDiagram: { shapes: ['rect', 'path', 'polygon'], replace: false },
  'stateDiagram-v2': { shapes: ['rect', 'path', 'polygon'], replace: false },
};

const MERMAID_BUNDLE = fileURLToPath(import.meta.resolve('mermaid/dist/mermaid.min.js'));

interface PageResult {
  svg?: string;
  summary?: DiagramSummary;
  graph?: DiagramGraph;
  labels?: LabelSizes;
  /** How many texts spill out of their box (see renderInPage). */
  overflow?: number;
  /** The kinds, layers and product icons its boxes use (visual.ts). */
  visual?: DiagramVisual;
  error?: { message: string; line?: number };
}

/** Called with the time Mermaid took to load, then with each diagram's render time (benchmarks). */
export type OnTiming = (what: string, ms: number) => void;

/**
 * Mermaid in headless Chromium, loaded once and kept warm: one page per theme, each with Mermaid
 * initialised. Starting a browser and loading Mermaid cost far more than a render, so one renderer
 * serves a whole `npm run diagrams`, a whole test file, or a whole `astro dev` session.
 *
 * Mermaid numbers some ids with a global counter; the two pages always render the same diagrams in
 * the same order, so those numbers stay equal and the light and dark SVGs line up.
 */
export class DiagramRenderer {
  private readonly pages: { light: Page; dark: Page };
  private readonly onClose: () => Promise<void>;
  private readonly onTiming: OnTiming | undefined;

  private constructor(pages: { light: Page; dark: Page }, onClose: () => Promise<void>, onTiming?: OnTiming) {
    this.pages = pages;
    this.onClose = onClose;
    this.onTiming = onTiming;
  }

  /**
   * Opens the two pages and loads Mermaid into them. With no `browser`, launches Chromium (and
   * closes it with the renderer).
   */
  static async open(options: { browser?: Browser; onTiming?: OnTiming } = {}): Promise<DiagramRenderer> {
    let browser = options.browser;
    let ownBrowser = false;
    if (!browser) {
      const [{ chromium }, { chromiumLaunchOptions }] = await Promise.all([
        import('playwright'),
        import('../shared/chromium.ts'),
      ]);
      browser = await chromium.launch(chromiumLaunchOptions());
      ownBrowser = true;
    }
    const started = performance.now();
    const [light, dark] = await Promise.all(
      [THEMES.light, THEMES.dark].map(async (theme) => {
        const page = await (browser as Browser).newPage();
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ path: MERMAID_BUNDLE });
        await page.evaluate(
          ({ config, theme, packs }) => {
            const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
            mermaid.registerIconPacks(packs);
            mermaid.initialize({ ...config, theme });
          },
          { config: MERMAID_CONFIG, theme, packs: iconPacks() },
        );
        return page;
      }),
    );
    if (!light || !dark) throw new Error('could not open the render pages');
    options.onTiming?.('mermaid-load', performance.now() - started);
    const close = async () => {
      await Promise.all([light.close(), dark.close()]);
      if (ownBrowser) await (browser as Browser).close();
    };
    return new DiagramRenderer({ light, dark }, close, options.onTiming);
  }

  /**
   * Renders diagrams in both themes. Returns the renders; throws one error listing every diagram
   * that failed, each with its file, line and Mermaid's message.
   */
  async render(sources: readonly DiagramSource[], version = mermaidVersion()): Promise<RenderedDiagram[]> {
    const { rendered, problems } = await this.renderEach(sources, version);
    if (problems.length > 0) throw new ContentError(problems, 'Diagrams failed to render');
    return rendered;
  }

  /** `render`, returning the diagrams that rendered and the problems of those that did not. */
  async renderEach(
    sources: readonly DiagramSource[],
    version = mermaidVersion(),
  ): Promise<{ rendered: RenderedDiagram[]; problems: Problem[] }> {
    const rendered: RenderedDiagram[] = [];
    const problems: Problem[] = [];
    for (const source of sources) {
      const svgId = `dg-${source.id}`;
      const started = performance.now();
      const text = withIconRows(withEntityCharacters(source.text), source.kind);
      const { light, dark } = await this.renderBoth(text, svgId);
      const result = light.error ? light : dark.error ? dark : light;
      if (result.error || !light.svg || !dark.svg || !light.summary) {
        this.onTiming?.(source.id, performance.now() - started);
        problems.push({
          position: { file: source.file, line: sourceLine(source.text, result.error?.line ?? 1) },
          message: `Mermaid: ${(result.error?.message ?? 'render failed').split('\n').join(' ').replace(/\s+/g, ' ')}`,
        });
        continue;
      }
      const graph = light.graph ?? { nodes: [], edges: [] };
      const labels = light.labels ?? { median: 16, min: 16 };
      const visual = light.visual ?? { kinds: [], layers: [], icons: [], links: false };
      const boxes = BOXES[source.kind];
      const merged = mergeThemes(
        roundGeometry(light.svg),
        roundGeometry(dark.svg),
        svgId,
        'dg-svg dg-svg--main',
      );
      const main = { ...merged, html: withVisual(merged.html, svgId, visual, boxes) };
      const narrow = await this.renderNarrow(source, graph, { ...main, labels }, visual);
      this.onTiming?.(source.id, performance.now() - started);
      rendered.push({
        id: source.id,
        key: renderKey(source.text, version),
        kind: source.kind,
        caption: source.caption,
        title: source.title,
        description: source.description,
        ...main,
        labels,
        visual,
        ...(narrow ? { narrow } : {}),
        links: source.links.map((link) => ({
          node: link.node,
          href: link.href,
          label: link.tooltip || link.node,
        })),
        summary: light.summary,
        graph,
      });
    }
    return { rendered, problems };
  }

  /** One text in both themes' pages, side by side (the two pages keep Mermaid's counters equal). */
  private async renderBoth(text: string, svgId: string): Promise<{ light: PageResult; dark: PageResult }> {
    const [light, dark] = await Promise.all([
      this.pages.light.evaluate(renderInPage, { text, svgId, visual: VISUAL_INPUT }),
      this.pages.dark.evaluate(renderInPage, { text, svgId, visual: VISUAL_INPUT }),
    ]);
    return { light, dark };
  }

  /**
   * The narrow layout for small screens (narrow.ts): each candidate rendered, the one that reads
   * best on a phone kept if it beats the main layout. A candidate that fails, or whose text spills
   * out of a box, is only skipped: the main layout has rendered, and the page works without a
   * narrow one.
   */
  private async renderNarrow(
    source: DiagramSource,
    graph: DiagramGraph,
    main: DiagramLayout,
    visual: DiagramVisual,
  ): Promise<NarrowLayout | undefined> {
    const svgId = `dg-${source.id}-narrow`;
    const labels = [...graph.nodes.map((n) => n.label), ...graph.edges.map((e) => e.label)];
    const candidates: NarrowLayout[] = [];
    const text = withIconRows(withEntityCharacters(source.text), source.kind);
    for (const narrowText of narrowSources(source.kind, text, labels)) {
      const { light, dark } = await this.renderBoth(narrowText, svgId);
      if (!light.svg || !dark.svg || !light.labels || light.overflow) continue;
      const merged = mergeThemes(
        roundGeometry(light.svg),
        roundGeometry(dark.svg),
        svgId,
        'dg-svg dg-svg--narrow',
      );
      const boxes = BOXES[source.kind];
      candidates.push({
        ...merged,
        html: withVisual(merged.html, svgId, visual, boxes),
        labels: light.labels,
      });
    }
    return pickNarrow(main, candidates);
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

/**
 * Mermaid counts lines after dropping `%%` comment lines and leading blank lines; this maps its
 * line number back to the line of the `.mmd` file.
 */
export function sourceLine(text: string, mermaidLine: number): number {
  const lines = text.split('\n');
  let counted = 0;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*%%(?!\{)/.test(line)) continue;
    if (!started && line.trim() === '') continue;
    started = true;
    counted++;
    if (counted === mermaidLine) return i + 1;
  }
  return Math.min(mermaidLine, lines.length);
}

/**
 * Mermaid's entity codes (`#160;`) reach its SVG text escaped twice (`&amp;nbsp;`), and its boxes
 * are measured for that text. Codes for characters that are safe in a label are written as the
 * characters themselves before rendering, so Mermaid measures and draws what the reader sees; the
 * few that are not (`#quot;`, `#lt;`, `#gt;`, `#amp;`) are decoded in the SVG afterwards.
 */
export function withEntityCharacters(text: string): string {
  const named: Record<string, string> = {
    nbsp: '\u00a0',
    ndash: '\u2013',
    mdash: '\u2014',
    hellip: '\u2026',
  };
  return text
    .split('\n')
    .map((line) =>
      /^\s*%%/.test(line)
        ? line
        : line.replace(/#(\d+|x[0-9a-fA-F]+|[a-z]+);/g, (code, value: string) => {
            const character = /^\d/.test(value)
              ? String.fromCodePoint(Number(value))
              : value.startsWith('x')
                ? String.fromCodePoint(Number.parseInt(value.slice(1), 16))
                : named[value];
            return character && !'"<>&;#'.includes(character) ? character : code;
          }),
    )
    .join('\n');
}

/**
 * Runs in the browser page (Mermaid initialised with one theme): renders, reads the structure,
 * and prepares the SVG for the site. Self-contained: it is serialised into the page.
 *
 * - Every box gets `data-dg-node="<id>"` and `data-dg-label`, every edge (path and label) or
 *   sequence message gets `data-dg-edge="<n>"` with `data-dg-from`/`data-dg-to`: what the page's
 *   interaction script and the walkthroughs address.
 * - Valid HTML (W3C Nu checker): a node tooltip (`title` attribute on a `<g>`) becomes a `<title>`
 *   element (on the `<a>` of a linked node, which is then named by its visible text, WCAG 2.5.3);
 *   `name` and a `<circle>`'s `width`/`height`, which SVG does not have, are dropped; Mermaid's
 *   internal `aria-roledescription` ("flowchart-v2") becomes words.
 * - Text that still shows an entity (`&quot;`) is decoded; Mermaid's `data-points` (unused
 *   coordinates, base64) are dropped.
 */
async function renderInPage(input: {
  text: string;
  svgId: string;
  visual: VisualInput;
}): Promise<PageResult> {
  // `mermaid` is the global the bundle defines; typed loosely because it lives in the page.
  const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
  const iconKind = new Map(Object.entries(input.visual.icons));
  const iconsOf = (classes: string) =>
    classes
      .split(/\s+/)
      .filter((c) => c.startsWith('icon-') && iconKind.has(c.slice(5)))
      .map((c) => c.slice(5));
  const text = input.text;
  const clean = (text: unknown) =>
    String(text ?? '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;|\u00a0/g, ' ')
      .replace(/\u200b/g, '')
      .replace(/#quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
  let svg: string;
  try {
    svg = (await mermaid.render(input.svgId, text)).svg;
  } catch (error) {
    document.querySelectorAll(`#d${input.svgId}, #${input.svgId}`).forEach((node) => node.remove());
    const message = error instanceof Error ? error.message : String(error);
    const hash = (error as { hash?: { loc?: { first_line?: number }; line?: number } }).hash;
    const line = hash?.loc?.first_line ?? (hash?.line !== undefined ? hash.line + 1 : undefined);
    const fromMessage = message.match(/line (\d+)/i)?.[1];
    return { error: { message, ...((line ?? fromMessage) ? { line: Number(line ?? fromMessage) } : {}) } };
  }

  const host = document.createElement('div');
  host.innerHTML = svg;
  const root = host.querySelector('svg');
  if (!root) return { error: { message: 'Mermaid returned no SVG' } };
  const byId = (id: string) => root.querySelector(`[id="${CSS.escape(`${input.svgId}-${id}`)}"]`);

  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as Record<string, (...args: unknown[]) => unknown>;
  const graph: DiagramGraph = { nodes: [], edges: [] };
  let summary: DiagramSummary;

  const markNode = (element: Element | null | undefined, id: string, label: string) => {
    if (!element) return;
    element.setAttribute('data-dg-node', id);
    element.setAttribute('data-dg-label', label);
  };
  const markEdge = (elements: Iterable<Element>, index: number, from: string, to: string) => {
    for (const element of elements) {
      element.setAttribute('data-dg-edge', String(index));
      element.setAttribute('data-dg-from', from);
      element.setAttribute('data-dg-to', to);
    }
  };

  if (typeof db['getData'] === 'function' && !('getActors' in db)) {
    // Flowcharts, state and ER diagrams share Mermaid's layout data: nodes with their DOM ids,
    // edges with the ids their paths and labels carry, in the order of the source.
    const data = db['getData']() as {
      nodes: { id: string; label?: string; domId?: string; isGroup?: boolean }[];
      edges: { id: string; start: string; end: string; label?: string }[];
    };
    const isEr = /^\s*erDiagram\b/m.test(text);
    const keyOf = new Map<string, string>();
    for (const node of data.nodes) {
      // State diagrams' start and end dots are not boxes a reader explores.
      if (/_(start|end)$/.test(node.id) && (node.label ?? node.id) === node.id) continue;
      const key = isEr ? clean(node.label) : node.id;
      const label = clean(node.label) || key;
      keyOf.set(node.id, key);
      graph.nodes.push({ id: key, label });
      markNode(byId(node.domId ?? node.id), key, label);
    }
    for (const edge of data.edges) {
      const from = keyOf.get(edge.start);
      const to = keyOf.get(edge.end);
      if (from === undefined || to === undefined) continue;
      markEdge(root.querySelectorAll(`[data-id="${CSS.escape(edge.id)}"]`), graph.edges.length, from, to);
      graph.edges.push({ from, to, label: clean(edge.label) });
    }
  } else if (typeof db['getActors'] === 'function' && typeof db['getMessages'] === 'function') {
    // Sequence diagrams: participants are the boxes, messages the edges, numbered in order.
    const actors = db['getActors']() as Map<string, { name: string; description?: string }>;
    for (const [id, actor] of actors) {
      const label = clean(actor.description ?? id) || id;
      graph.nodes.push({ id, label });
      root
        .querySelectorAll(`rect[name="${CSS.escape(id)}"]`)
        .forEach((rect) => markNode(rect.parentElement, id, label));
    }
    const messages = new Map(
      (db['getMessages']() as { id?: string; from?: string; to?: string; message?: unknown }[]).map((m) => [
        `i${m.id}`,
        m,
      ]),
    );
    // A message is drawn as its text, its line, then its number: group them from text to text.
    let group: Element[] = [];
    const flush = (line: Element | undefined) => {
      const message = line && messages.get(line.getAttribute('data-id') ?? '');
      if (message?.from && message.to) {
        markEdge(group, graph.edges.length, message.from, message.to);
        graph.edges.push({ from: message.from, to: message.to, label: clean(message.message) });
      }
      group = [];
    };
    let line: Element | undefined;
    for (const child of [...root.children]) {
      if (child.matches('text.messageText')) {
        flush(line);
        line = undefined;
      }
      if (
        child.matches('text.messageText, text.sequenceNumber') ||
        (child.tagName === 'line' && !child.matches('.actor-line'))
      ) {
        group.push(child);
        if (child.matches('line[class^="messageLine"]')) line = child;
      }
    }
    flush(line);
  }

  // The text version (screen readers, search): what the diagram says, in words.
  if (graph.nodes.length > 0) {
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    summary = {
      nodes: graph.nodes.map((n) => n.label),
      edges: graph.edges.map((e) => ({
        from: label.get(e.from) ?? e.from,
        to: label.get(e.to) ?? e.to,
        label: e.label,
      })),
    };
  } else if (typeof db['getRelations'] === 'function' && typeof db['getStates'] === 'function') {
    const states = db['getStates']() as Map<string, { id: string; descriptions?: string[] }>;
    const stateLabel = (id: string) =>
      id === '[*]' ? 'start or end' : clean(states.get(id)?.descriptions?.join(' ') || id) || id;
    summary = {
      nodes: [...states.keys()].filter((id) => id !== '[*]' && !id.startsWith('root_')).map(stateLabel),
      edges: (db['getRelations']() as { id1: string; id2: string; relationTitle?: string }[]).map((r) => ({
        from: stateLabel(r.id1),
        to: stateLabel(r.id2),
        label: clean(r.relationTitle),
      })),
    };
  } else {
    // Other diagram types: every distinct text label, in document order.
    const texts = [...root.querySelectorAll('text')].map((t) => clean(t.textContent)).filter(Boolean);
    summary = { nodes: [...new Set(texts)], edges: [] };
  }

  // A linked box is named by its visible label (its connections are added on the page).
  for (const node of root.querySelectorAll('a > [data-dg-node]')) {
    node.parentElement?.setAttribute('aria-label', node.getAttribute('data-dg-label') ?? '');
  }
  // Valid HTML, as described above.
  for (const node of [...root.querySelectorAll('g[title]')]) {
    const tooltip = node.getAttribute('title') ?? '';
    node.removeAttribute('title');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = tooltip;
    const link = node.parentElement?.tagName.toLowerCase() === 'a' ? node.parentElement : undefined;
    if (link) {
      if (!link.hasAttribute('aria-label')) link.setAttribute('aria-label', clean(node.textContent));
      link.prepend(title);
    } else {
      node.prepend(title);
    }
  }
  root.querySelectorAll('[name]').forEach((element) => element.removeAttribute('name'));
  root.querySelectorAll('circle').forEach((circle) => {
    circle.removeAttribute('width');
    circle.removeAttribute('height');
  });
  root.querySelectorAll('[data-points]').forEach((element) => element.removeAttribute('data-points'));
  const roles: Record<string, string> = {
    'flowchart-v2': 'flowchart',
    sequence: 'sequence diagram',
    stateDiagram: 'state diagram',
    er: 'entity relationship diagram',
    xychart: 'chart',
  };
  const role = root.getAttribute('aria-roledescription') ?? '';
  if (roles[role]) root.setAttribute('aria-roledescription', roles[role]);
  // A label drawn on several rows reads as words with spaces between rows (screen readers and the
  // accessible name of a linked box use it); the space at the end of a row is not drawn.
  for (const text of root.querySelectorAll('text')) {
    const rows = [...text.children].filter((row) => row.tagName.toLowerCase() === 'tspan');
    for (const row of rows.slice(0, -1)) {
      const last = [...row.querySelectorAll('tspan')].at(-1) ?? row;
      if (!/\s$/.test(last.textContent ?? '')) last.append(' ');
    }
  }
  // Bytes a page does not need: markers no edge uses (Mermaid defines twelve in every flowchart),
  // one `<tspan>` per word where a row is one run of text, attributes only Mermaid reads, and empty
  // `style` attributes.
  const usedMarkers = new Set(
    [...root.querySelectorAll('[marker-start], [marker-end], [marker-mid]')].flatMap((element) =>
      ['marker-start', 'marker-end', 'marker-mid'].map(
        (name) => /url\(#([^)]+)\)/.exec(element.getAttribute(name) ?? '')?.[1] ?? '',
      ),
    ),
  );
  for (const marker of root.querySelectorAll('marker')) if (!usedMarkers.has(marker.id)) marker.remove();
  for (const row of root.querySelectorAll('tspan.text-outer-tspan')) {
    const words = [...row.children].filter((child) => child.matches('tspan.text-inner-tspan'));
    const plain = words.every(
      (word) =>
        word.children.length === 0 &&
        word.getAttribute('font-style') === 'normal' &&
        word.getAttribute('font-weight') === 'normal',
    );
    if (words.length > 0 && words.length === row.children.length && plain)
      row.replaceChildren(row.textContent ?? '');
  }
  // Ids nothing points at (every box, edge and label has one): a reference is a `url(#…)`, an
  // `href="#…"` or an ARIA relation; the SVG's own id scopes its styles.
  const referenced = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      for (const m of value.matchAll(/url\(#([^)]+)\)/g)) referenced.add(m[1] ?? '');
      if (/href$/.test(name) && value.startsWith('#')) referenced.add(value.slice(1));
      if (name === 'aria-labelledby' || name === 'aria-describedby')
        for (const id of value.split(/\s+/)) referenced.add(id);
    }
  }
  for (const element of root.querySelectorAll('[id]'))
    if (!referenced.has(element.id)) element.removeAttribute('id');
  for (const element of root.querySelectorAll('[data-look], [data-et], [data-edge], [data-id], [style=""]')) {
    for (const name of ['data-look', 'data-et', 'data-edge', 'data-id']) element.removeAttribute(name);
    if (element.getAttribute('style') === '') element.removeAttribute('style');
  }

  // Text nodes that still show an entity Mermaid escaped twice.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.nodeValue?.includes('&')) continue;
    const decoder = document.createElement('textarea');
    decoder.innerHTML = text.nodeValue;
    text.nodeValue = decoder.value;
  }

  document.body.append(host);
  // The visual language (visual.ts): each product icon drawn in the row made for it, a box
  // with an icon and no kind of its own takes its product's kind, and a linked box gets a mark in
  // its top right corner. What the boxes use is returned for the styles and the legend.
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const kinds = new Set<string>();
  const layers = new Set<string>();
  const usedIcons = new Set<string>();
  for (const node of root.querySelectorAll<SVGGElement>('g.node')) {
    const icons = iconsOf(node.getAttribute('class') ?? '');
    if (icons.length > 0 && !input.visual.kinds.some((k) => node.classList.contains(k))) {
      node.classList.add(iconKind.get(icons[0] ?? '') ?? '');
    }
    for (const k of input.visual.kinds) if (node.classList.contains(k)) kinds.add(k);
    for (const l of input.visual.layers) if (node.classList.contains(l)) layers.add(l);
    const label = node.querySelector<SVGTextElement>('.label text');
    if (icons.length > 0 && label && label.getNumberOfChars() > 0) {
      // The icons' row (withIconRows) is the first; rows are centred on x = 0.
      const size = Number.parseFloat(getComputedStyle(label).fontSize) || 16;
      const icon = size * 1.1;
      const gap = size * 0.3;
      const baseline = label.getStartPositionOfChar(0).y;
      const left = -(icons.length * icon + (icons.length - 1) * gap) / 2;
      icons.forEach((key, i) => {
        const use = document.createElementNS(SVG_NS, 'use');
        use.setAttribute('href', `#dg-icon-${key}`);
        use.setAttribute('class', 'dg-icon');
        use.setAttribute('x', String(left + i * (icon + gap)));
        use.setAttribute('y', String(baseline - size * 0.86));
        use.setAttribute('width', String(icon));
        use.setAttribute('height', String(icon));
        label.before(use);
        usedIcons.add(key);
      });
    }
    if (node.parentElement?.tagName.toLowerCase() === 'a') {
      const shape = node.querySelector<SVGGraphicsElement>(':scope > :is(rect, path, polygon)');
      if (shape) {
        const box = shape.getBBox();
        let right = box.x + box.width;
        let top = box.y;
        if (shape.tagName === 'polygon') {
          // A hexagon's top edge ends before its side: the mark sits inside that end. A
          // subroutine (`[[...]]`) has a bar inside each side and its label runs close to it, so
          // the mark sits just above its top right corner, clear of the bars, the label and the
          // edges (which leave the box at mid-height and turn beside it).
          const points = [...(shape as SVGPolygonElement).points];
          const y = Math.min(...points.map((p) => p.y));
          const ends = points.filter((p) => p.y - y < 0.5).map((p) => p.x);
          right = Math.max(...ends);
          if (ends.some((x) => right - x > 0 && right - x <= 10)) {
            right += 4;
            top -= 15;
          }
        } else if (shape.tagName === 'path') {
          // A cylinder's top is an ellipse: the mark sits under it.
          const ry = /a[\d.]+,([\d.]+)/.exec(shape.getAttribute('d') ?? '')?.[1];
          if (ry) top += 2 * Number(ry);
        }
        const m = shape.transform.baseVal.consolidate()?.matrix;
        const x = right + (m?.e ?? 0) - 12;
        const y = top + (m?.f ?? 0) + 4;
        const mark = document.createElementNS(SVG_NS, 'path');
        mark.setAttribute('class', 'dg-link-mark');
        // Relative after its start: the same bytes on every box, which gzip keeps once.
        mark.setAttribute('d', `M${x} ${y + 8}l8-8m-5 0h5v5`);
        node.append(mark);
      }
    }
  }
  const visual: DiagramVisual = {
    kinds: input.visual.kinds.filter((k) => kinds.has(k)) as Kind[],
    layers: input.visual.layers.filter((l) => layers.has(l)) as (Layer | typeof ALL_LAYERS)[],
    icons: [...usedIcons],
    links: root.querySelector('a > g.node') !== null,
  };

  // Label sizes, as Mermaid's styles set them (legibility.ts): measured with the SVG in the page,
  // each text's font size times its scale in the SVG's own units.
  const toRoot = root.getScreenCTM()?.inverse();
  const sizes = [...root.querySelectorAll('text')]
    .filter((text) => text.textContent?.trim())
    .map((text) => {
      const m = toRoot && text.getScreenCTM() ? toRoot.multiply(text.getScreenCTM() as DOMMatrix) : undefined;
      return Number.parseFloat(getComputedStyle(text).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
    })
    .sort((a, b) => a - b);
  // Text wider than its box (a sequence note or participant): Mermaid's wrapping sizes some notes
  // for a width the text does not fit; a narrow layout that does this is not used.
  let overflow = 0;
  for (const rect of root.querySelectorAll<SVGGraphicsElement>('rect.note, rect.actor')) {
    const box = rect.getBBox();
    for (const text of rect.parentElement?.querySelectorAll('text') ?? []) {
      const t = text.getBBox();
      const middle = t.y + t.height / 2;
      const inside = middle >= box.y && middle <= box.y + box.height;
      if (inside && (t.x < box.x - 1 || t.x + t.width > box.x + box.width + 1)) overflow++;
    }
  }
  // Mermaid's stylesheet styles every element its diagram type can draw (about 15 KiB a diagram,
  // twice with the dark theme); only the rules that match something in this SVG are kept. A rule
  // with a state (`:hover`) is tested without it; an animation's keyframes go with the animations.
  const style = root.querySelector('style');
  if (style) {
    const matches = (selector: string) =>
      selector.split(',').some((part) => {
        const plain = part.replace(/::?[a-z-]+(\([^)]*\))?/g, '').trim();
        if (plain === `#${input.svgId}`) return true;
        try {
          return root.querySelector(plain || '*') !== null;
        } catch {
          return true;
        }
      });
    const animated = root.querySelector('[class*="edge-animation"]') !== null;
    const css = style.textContent ?? '';
    const kept: string[] = [];
    for (let i = 0; i < css.length;) {
      const open = css.indexOf('{', i);
      if (open === -1) break;
      let depth = 1;
      let j = open + 1;
      for (; j < css.length && depth > 0; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
      const prelude = css.slice(i, open).trim();
      const keep = prelude.startsWith('@keyframes') ? animated : prelude.startsWith('@') || matches(prelude);
      if (keep) kept.push(css.slice(i, j).trim());
      i = j;
    }
    style.textContent = kept.join('');
  }
  host.remove();
  const round = (n: number) => Math.round(n * 100) / 100;
  const labels =
    sizes.length > 0
      ? { median: round(sizes[Math.floor(sizes.length / 2)] ?? 16), min: round(sizes[0] ?? 16) }
      : undefined;

  // `&nbsp;` is HTML's; the number is read by XML parsers too (resvg draws the social cards).
  const markup = root.outerHTML.replaceAll('&nbsp;', '&#160;');
  return { svg: markup, summary, graph, overflow, visual, ...(labels ? { labels } : {}) };
}

interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  registerIconPacks(packs: { name: string; icons: unknown }[]): void;
  render(id: string, text: string): Promise<{ svg: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}
