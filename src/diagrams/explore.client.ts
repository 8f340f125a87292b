/**
 * Exploring a prerendered diagram (see Diagram.astro): focus a box to see its neighbours, trace
 * what it depends on or feeds, open its card, walk through the design's steps, follow a deep link
 * to a box (`#diagram-<id>/<node>`) or a step (`#diagram-<id>/step-<n>`). Works on the SVG the build
 * wrote (`data-dg-node`, `data-dg-edge`), in the page and in the full-screen viewer alike.
 *
 * Nothing runs at load beyond listening: the graph of a diagram is read the first time a reader
 * touches it, so a page with large diagrams costs no script time until then.
 */
import { canonicalUrlOf, copyText } from '../shared/clipboard.ts';

interface Edge {
  from: string;
  to: string;
  elements: Element[];
}

interface Graph {
  svg: SVGSVGElement;
  block: HTMLElement;
  /** The box elements of each node id (a sequence participant is drawn twice). */
  nodes: Map<string, Element[]>;
  edges: Edge[];
}

const NODE = '[data-dg-node]';
const graphs = new WeakMap<SVGSVGElement, Graph>();
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function graphOf(svg: SVGSVGElement): Graph | undefined {
  let graph = graphs.get(svg);
  if (graph) return graph;
  // The SVG `dg-<id>` (or `dg-<id>-dark`) belongs to the block `diagram-<id>`, wherever the viewer
  // has moved it.
  const block = document.getElementById(svg.id.replace(/^dg-/, 'diagram-').replace(/-dark$/, ''));
  if (!block) return undefined;
  const nodes = new Map<string, Element[]>();
  for (const element of svg.querySelectorAll(NODE)) {
    const id = element.getAttribute('data-dg-node') ?? '';
    nodes.set(id, [...(nodes.get(id) ?? []), element]);
  }
  const edges: Edge[] = [];
  for (const element of svg.querySelectorAll('[data-dg-edge]')) {
    const index = Number(element.getAttribute('data-dg-edge'));
    edges[index] ??= {
      from: element.getAttribute('data-dg-from') ?? '',
      to: element.getAttribute('data-dg-to') ?? '',
      elements: [],
    };
    edges[index].elements.push(element);
  }
  graph = { svg, block, nodes, edges: edges.filter(Boolean) };
  graphs.set(svg, graph);
  return graph;
}

/** The element a reader focuses for a box: its link, or the box itself. */
function focusTarget(graph: Graph, id: string): SVGElement | undefined {
  const box = graph.nodes.get(id)?.[0];
  return (box?.parentElement?.closest('a') ?? box) as SVGElement | undefined;
}

function nodeOf(target: EventTarget | null): { graph: Graph; id: string } | undefined {
  if (!(target instanceof Element)) return undefined;
  const box = target.closest(NODE) ?? target.querySelector(`:scope > ${NODE}`);
  const svg = box?.closest<SVGSVGElement>('svg.dg-svg');
  const graph = svg && graphOf(svg);
  return graph && box ? { graph, id: box.getAttribute('data-dg-node') ?? '' } : undefined;
}

// Highlighting: the highlighted boxes and edges stay as drawn, the rest dims.

function highlight(graph: Graph, nodes: Iterable<string>, edges: Iterable<Edge>, focus?: string): void {
  clearHighlight(graph);
  graph.svg.classList.add('dg-dim');
  for (const id of nodes) graph.nodes.get(id)?.forEach((el) => el.classList.add('dg-on'));
  for (const edge of edges) edge.elements.forEach((el) => el.classList.add('dg-on'));
  if (focus) graph.nodes.get(focus)?.forEach((el) => el.classList.add('dg-focus'));
}

function clearHighlight(graph: Graph): void {
  graph.svg.classList.remove('dg-dim');
  graph.svg.querySelectorAll('.dg-on, .dg-focus').forEach((el) => el.classList.remove('dg-on', 'dg-focus'));
}

function neighbourhood(graph: Graph, id: string): void {
  const edges = graph.edges.filter((e) => e.from === id || e.to === id);
  highlight(graph, [id, ...edges.flatMap((e) => [e.from, e.to])], edges, id);
}

/** Everything a box depends on (`up`) or feeds (`down`), following the arrows. */
function traced(graph: Graph, id: string, direction: 'up' | 'down'): { nodes: Set<string>; edges: Edge[] } {
  const nodes = new Set([id]);
  const edges: Edge[] = [];
  for (let queue = [id]; queue.length > 0;) {
    const current = queue.shift() ?? '';
    for (const edge of graph.edges) {
      const [here, there] = direction === 'down' ? [edge.from, edge.to] : [edge.to, edge.from];
      if (here !== current) continue;
      edges.push(edge);
      if (!nodes.has(there)) queue.push(there);
      nodes.add(there);
    }
  }
  return { nodes, edges };
}

const boxes = (n: number) => `${n} ${n === 1 ? 'box' : 'boxes'}`;

// The card: what a box is, where it leads, and what to do next.

let card: HTMLElement | undefined;
let cardFor: { graph: Graph; id: string } | undefined;

function closeCard(returnFocus: boolean): void {
  if (!card || card.hidden) return;
  card.hidden = true;
  if (returnFocus && cardFor) focusTarget(cardFor.graph, cardFor.id)?.focus({ preventScroll: true });
  cardFor = undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** Opens a box's card; `focusCard` moves focus into it (after Enter or a tap), else it stays put. */
function openCard(graph: Graph, id: string, focusCard = true): void {
  card ??= element('div', 'dg-card floating-card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'dg-card-title');
  // Inside the viewer's modal dialog when the diagram is there: the rest of the page is inert then.
  (graph.svg.closest('dialog') ?? document.body).append(card);
  cardFor = { graph, id };
  const box = graph.nodes.get(id)?.[0];
  const part = graph.block.querySelector(`[data-dg-part="${CSS.escape(id)}"]`);
  const link = box?.closest('a');
  const up = traced(graph, id, 'up');
  const down = traced(graph, id, 'down');

  const title = element('p', 'dg-card__title', box?.getAttribute('data-dg-label') ?? id);
  title.id = 'dg-card-title';
  const close = element('button', 'dg-card__close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => closeCard(true));
  const parts: Node[] = [close, title];
  const note = part?.querySelector('[data-dg-note]')?.textContent;
  if (note) parts.push(element('p', 'dg-card__note', note));
  const answers = part?.querySelector('[data-dg-answers]');
  if (answers) parts.push(Object.assign(element('p', 'dg-card__answers'), { innerHTML: answers.innerHTML }));
  if (link) {
    const go = element(
      'a',
      'dg-card__link',
      `${link.querySelector('title')?.textContent || 'Open its page'} →`,
    );
    go.href = link.getAttribute('href') ?? '';
    parts.push(element('p', ''), go);
  }
  const actions = element('div', 'dg-card__actions');
  const action = (label: string, run: () => void, disabled = false) => {
    const button = element('button', 'dg-button', label);
    button.type = 'button';
    button.disabled = disabled;
    button.addEventListener('click', run);
    actions.append(button);
  };
  const status = element('p', 'dg-card__status');
  status.setAttribute('role', 'status');
  action(
    `Upstream: depends on ${boxes(up.nodes.size - 1)}`,
    () => highlight(graph, up.nodes, up.edges, id),
    up.nodes.size < 2,
  );
  action(
    `Downstream: feeds ${boxes(down.nodes.size - 1)}`,
    () => highlight(graph, down.nodes, down.edges, id),
    down.nodes.size < 2,
  );
  action('Copy link to this box', async () => {
    const url = canonicalUrlOf(`${graph.block.id}/${id}`);
    status.textContent = (await copyText(url)) ? 'Link to this box copied.' : `Copy this link: ${url}`;
  });
  card.replaceChildren(...parts, actions, status);
  card.hidden = false;
  placeCard(card, box);
  if (focusCard)
    actions.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus({ preventScroll: true });
}

/** Beside the box (right, else left, else below it), within the window. */
function placeCard(el: HTMLElement, box: Element | undefined): void {
  const r = box?.getBoundingClientRect() ?? new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
  const width = Math.min(320, innerWidth - 16);
  el.style.width = `${width}px`;
  const height = el.offsetHeight;
  let left = r.right + 12;
  let top = r.top;
  if (left + width > innerWidth - 8) left = r.left - width - 12;
  if (left < 8) {
    left = Math.min(Math.max(8, r.left), innerWidth - width - 8);
    top = r.bottom + 8 + height > innerHeight ? r.top - height - 8 : r.bottom + 8;
  }
  el.style.left = `${left}px`;
  el.style.top = `${Math.min(Math.max(8, top), innerHeight - height - 8)}px`;
}

// Keyboard: arrows move to the neighbour in that direction along an edge.

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

function centre(el: Element | undefined): DOMPoint {
  const r = el?.getBoundingClientRect();
  return new DOMPoint((r?.left ?? 0) + (r?.width ?? 0) / 2, (r?.top ?? 0) + (r?.height ?? 0) / 2);
}

function neighbourTowards(graph: Graph, id: string, [dx, dy]: [number, number]): string | undefined {
  const here = centre(graph.nodes.get(id)?.[0]);
  let best: { id: string; score: number } | undefined;
  for (const edge of graph.edges) {
    const other = edge.from === id ? edge.to : edge.to === id ? edge.from : undefined;
    if (other === undefined || other === id) continue;
    const there = centre(graph.nodes.get(other)?.[0]);
    const along = (there.x - here.x) * dx + (there.y - here.y) * dy;
    const across = Math.abs((there.x - here.x) * dy - (there.y - here.y) * dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: other, score };
  }
  return best?.id;
}

// Walkthroughs: the numbered steps under a figure, played one at a time.

interface Walk {
  graph: Graph;
  step: number;
  bar: HTMLElement;
}
let walk: Walk | undefined;

function steps(graph: Graph): HTMLLIElement[] {
  return [...graph.block.querySelectorAll<HTMLLIElement>('[data-dg-steps] li')];
}

function showStep(graph: Graph, index: number): void {
  const all = steps(graph);
  const step = all[index];
  if (!step) return;
  if (walk?.graph !== graph) stopWalk();
  const bar = walk?.bar ?? walkBar(graph);
  walk = { graph, step: index, bar };
  placeBar(walk);
  const nodes = (step.dataset['dgStepNodes'] ?? '').split(' ').filter(Boolean);
  const edges = (step.dataset['dgStepEdges'] ?? '').split(' ').filter(Boolean).map(Number);
  highlight(
    graph,
    nodes,
    edges.map((i) => graph.edges[i]).filter((e): e is Edge => e !== undefined),
  );
  all.forEach((li, i) =>
    i === index ? li.setAttribute('aria-current', 'step') : li.removeAttribute('aria-current'),
  );
  const [prev, position, next, , caption] = [...bar.children] as HTMLElement[];
  if (prev instanceof HTMLButtonElement) prev.disabled = index === 0;
  if (next instanceof HTMLButtonElement) next.disabled = index === all.length - 1;
  if (position) position.textContent = `Step ${index + 1} of ${all.length}`;
  if (caption) caption.textContent = `Step ${index + 1}: ${step.textContent?.trim() ?? ''}`;
}

function walkBar(graph: Graph): HTMLElement {
  const bar = element('div', 'dg-walk__bar');
  const button = (label: string, run: () => void) => {
    const b = element('button', 'dg-button', label);
    b.type = 'button';
    b.addEventListener('click', run);
    return b;
  };
  const caption = element('p', 'dg-walk__caption');
  caption.setAttribute('aria-live', 'polite');
  bar.append(
    button('← Previous', () => walk && showStep(graph, walk.step - 1)),
    element('span', 'dg-walk__position'),
    button('Next →', () => walk && showStep(graph, walk.step + 1)),
    button('End walkthrough', () => stopWalk(true)),
    caption,
  );
  return bar;
}

/** The bar sits under the figure, or in the viewer when the diagram is there (the page is inert then). */
function placeBar({ graph, bar }: Walk): void {
  const viewport = graph.svg.closest('dialog')?.querySelector('.dg-dialog__viewport');
  if (viewport) {
    if (bar.nextElementSibling !== viewport) viewport.before(bar);
  } else {
    const slot = graph.block.querySelector('[data-dg-walk-bar]');
    if (bar.parentElement !== slot) slot?.append(bar);
  }
}

function stopWalk(returnFocus = false): void {
  if (!walk) return;
  const { graph, bar } = walk;
  walk = undefined;
  bar.remove();
  clearHighlight(graph);
  steps(graph).forEach((li) => li.removeAttribute('aria-current'));
  if (returnFocus) graph.block.querySelector<HTMLElement>('[data-dg-walk]')?.focus();
}

// Deep links: `#diagram-<id>/<node>` focuses a box and opens its card; `#diagram-<id>/step-<n>`
// plays the walkthrough from that step. An unknown box or step just shows the figure.

function followHash(): void {
  const match = decodeURIComponent(location.hash).match(/^#(diagram-[a-z0-9-]+)\/(.+)$/);
  const block = match && document.getElementById(match[1] ?? '');
  const svg = block?.querySelector<SVGSVGElement>('svg.dg-svg');
  if (!block || !svg) return;
  block.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  const graph = graphOf(svg);
  const target = match?.[2] ?? '';
  const step = target.match(/^step-(\d+)$/);
  if (!graph) return;
  if (step) {
    if (steps(graph)[Number(step[1]) - 1]) showStep(graph, Number(step[1]) - 1);
  } else if (graph.nodes.has(target)) {
    focusTarget(graph, target)?.focus({ preventScroll: true });
    openCard(graph, target, false);
  }
}

/** Listens for readers exploring any diagram on the page; safe to call more than once. */
export function exploreDiagrams(): void {
  const root = document.documentElement;
  if (root.dataset['dgExplore']) return;
  root.dataset['dgExplore'] = '';
  let touch = false;

  document.addEventListener('pointerdown', (event) => {
    touch = event.pointerType === 'touch';
    if (card && !card.hidden && !card.contains(event.target as Node) && !nodeOf(event.target))
      closeCard(false);
  });
  let hovered: Element | undefined;
  document.addEventListener('pointerover', (event) => {
    const at = nodeOf(event.target);
    // Moving over a box's own text or shapes is not a new box.
    const box = at?.graph.nodes.get(at.id)?.[0];
    if (!at || box === hovered || walk || cardFor || at.graph.svg.contains(document.activeElement)) return;
    hovered = box;
    neighbourhood(at.graph, at.id);
  });
  document.addEventListener('pointerout', (event) => {
    const from = nodeOf(event.target);
    if (!from || nodeOf(event.relatedTarget) || walk || cardFor) return;
    hovered = undefined;
    if (!from.graph.svg.contains(document.activeElement)) clearHighlight(from.graph);
  });
  document.addEventListener('focusin', (event) => {
    const at = nodeOf(event.target);
    if (at && !walk) neighbourhood(at.graph, at.id);
  });
  document.addEventListener('focusout', (event) => {
    const from = nodeOf(event.target);
    const to = event.relatedTarget as Node | null;
    if (from && !walk && !from.graph.svg.contains(to) && !card?.contains(to)) clearHighlight(from.graph);
  });
  document.addEventListener('click', (event) => {
    const at = nodeOf(event.target);
    if (at) {
      // A tap (or a click on a box without a link) opens the card; a mouse click on a link follows it.
      const link = (event.target as Element).closest('a');
      if (link && !touch) return;
      event.preventDefault();
      openCard(at.graph, at.id);
      return;
    }
    const walkButton = (event.target as Element).closest<HTMLElement>('[data-dg-walk]');
    const svg = walkButton?.closest('.dg-block')?.querySelector<SVGSVGElement>('svg.dg-svg');
    const graph = svg && graphOf(svg);
    if (graph) showStep(graph, 0);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (card && !card.hidden) {
        closeCard(true);
        event.preventDefault();
      } else if (walk) stopWalk(true);
      return;
    }
    const at = nodeOf(event.target);
    if (at && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      openCard(at.graph, at.id);
      return;
    }
    const direction = DIRECTIONS[event.key];
    if (at && direction && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const next = neighbourTowards(at.graph, at.id, direction);
      if (next) focusTarget(at.graph, next)?.focus();
      return;
    }
    if (walk && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      const target = event.target as Node;
      const inside =
        walk.bar.contains(target) ||
        walk.graph.block.contains(target) ||
        !!walk.graph.svg.closest('dialog')?.contains(target);
      if (!inside) return;
      event.preventDefault();
      showStep(walk.graph, walk.step + (event.key === 'ArrowRight' ? 1 : -1));
    }
  });
  // The viewer moves the diagram back into the page when it closes (after this capture listener).
  document.addEventListener(
    'close',
    () =>
      queueMicrotask(() => {
        if (walk) placeBar(walk);
        if (card && cardFor && !cardFor.graph.svg.closest('dialog')) closeCard(false);
      }),
    true,
  );
  addEventListener('hashchange', followHash);
  if (location.hash.includes('/')) followHash();
}
