/**
 * Exploring a prerendered diagram (see Diagram.astro): focus a box to see its neighbours, open its
 * card (card.client.ts), walk through the design's steps (walk.client.ts), follow a deep link to a
 * box (`#diagram-<id>/<node>`) or a step (`#diagram-<id>/step-<n>`). Works on the SVG the build
 * wrote, in the page and in the full-screen viewer alike.
 *
 * - A click or a tap on any box opens its card; the card has the box's link. Ctrl/Cmd or Shift and
 *   a click, or a middle click, follow the link as the browser does.
 * - A diagram is one Tab stop: the arrow keys move between its boxes (roving tabindex), Enter opens
 *   the card, Esc closes it.
 *
 * Nothing runs at load beyond listening: the graph of a diagram is read, and its boxes taken out of
 * the Tab order, the first time a reader touches it, so a page with large diagrams costs no script
 * time until then. Without scripts, every box is its own Tab stop.
 */
import { cardHolds, cardShown, closeCard, openCard } from './card.client.ts';
import {
  clearHighlight,
  focusTarget,
  neighbourhood,
  nodeOf,
  shownGraph,
  type Graph,
} from './graph.client.ts';
import { ARROW_DIRECTIONS, neighbourTowards, type Point } from './direction.ts';
import { placeBar, showStep, steps, stopWalk, walking } from './walk.client.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

// One Tab stop per diagram: the box that last had focus keeps tabindex 0, every other box -1.

const roving = new WeakMap<SVGSVGElement, Element>();

function rove(graph: Graph, target: Element | undefined): void {
  const current = roving.get(graph.svg);
  if (!target || current === target) return;
  if (current) current.setAttribute('tabindex', '-1');
  else for (const id of graph.nodes.keys()) focusTarget(graph, id)?.setAttribute('tabindex', '-1');
  target.setAttribute('tabindex', '0');
  roving.set(graph.svg, target);
}

function moveTo(graph: Graph, id: string): void {
  const target = focusTarget(graph, id);
  rove(graph, target);
  target?.focus();
}

// Keyboard: arrows move to the neighbour in that direction along an edge, else to the nearest box
// that way (direction.ts), measured where the boxes are drawn now.

function centres(graph: Graph): Map<string, Point> {
  const points = new Map<string, Point>();
  for (const [id, elements] of graph.nodes) {
    const r = elements[0]?.getBoundingClientRect();
    if (r) points.set(id, { x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }
  return points;
}

// Deep links: `#diagram-<id>/<node>` centres a box, focuses it and opens its card once scrolling
// has settled; `#diagram-<id>/step-<n>` plays the walkthrough from that step. An unknown box or
// step just shows the figure.

async function followHash(): Promise<void> {
  const match = decodeURIComponent(location.hash).match(/^#(diagram-[a-z0-9-]+)\/(.+)$/);
  const block = match && document.getElementById(match[1] ?? '');
  const graph = block && shownGraph(block);
  if (!block || !graph) return;
  const target = match?.[2] ?? '';
  const step = Number(target.match(/^step-(\d+)$/)?.[1] ?? 0);
  if (graph.nodes.has(target)) {
    const box = focusTarget(graph, target);
    rove(graph, box);
    box?.focus({ preventScroll: true });
    await openCard(graph, target, { focus: false, centre: true });
    return;
  }
  block.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'instant' : 'smooth' });
  if (step && steps(graph)[step - 1]) showStep(graph, step - 1);
}

/** Listens for readers exploring any diagram on the page; safe to call more than once. */
export function exploreDiagrams(): void {
  const root = document.documentElement;
  if (root.dataset['dgExplore']) return;
  root.dataset['dgExplore'] = '';

  document.addEventListener('pointerdown', (event) => {
    if (cardShown() && !cardHolds(event.target as Node) && !nodeOf(event.target)) closeCard(false);
  });
  let hovered: Element | undefined;
  document.addEventListener('pointerover', (event) => {
    const at = nodeOf(event.target);
    // Moving over a box's own text or shapes is not a new box.
    const box = at?.graph.nodes.get(at.id)?.[0];
    if (!at || box === hovered || walking() || cardShown() || at.graph.svg.contains(document.activeElement))
      return;
    hovered = box;
    neighbourhood(at.graph, at.id);
  });
  document.addEventListener('pointerout', (event) => {
    const from = nodeOf(event.target);
    if (!from || nodeOf(event.relatedTarget) || walking() || cardShown()) return;
    hovered = undefined;
    if (!from.graph.svg.contains(document.activeElement)) clearHighlight(from.graph);
  });
  document.addEventListener('focusin', (event) => {
    const at = nodeOf(event.target);
    if (!at) return;
    rove(at.graph, event.target as Element);
    if (!walking()) neighbourhood(at.graph, at.id);
  });
  document.addEventListener('focusout', (event) => {
    const from = nodeOf(event.target);
    const to = event.relatedTarget as Node | null;
    if (from && !walking() && !from.graph.svg.contains(to) && !cardHolds(to)) clearHighlight(from.graph);
  });
  document.addEventListener('click', (event) => {
    const at = nodeOf(event.target);
    if (at) {
      // With a modifier, the browser follows the link (a new tab or window); a middle click is an
      // `auxclick` and never gets here.
      const link = (event.target as Element).closest('a');
      if (link && (event.ctrlKey || event.metaKey || event.shiftKey)) return;
      event.preventDefault();
      void openCard(at.graph, at.id);
      return;
    }
    const walkButton = (event.target as Element).closest<HTMLElement>('[data-dg-walk]');
    const block = walkButton?.closest('.dg-block');
    const graph = block && shownGraph(block);
    if (graph) showStep(graph, 0);
  });
  document.addEventListener('keydown', (event) => {
    const walk = walking();
    if (event.key === 'Escape') {
      if (cardShown()) {
        closeCard(true);
        event.preventDefault();
      } else if (walk) stopWalk(true);
      return;
    }
    const at = nodeOf(event.target);
    if (at && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      void openCard(at.graph, at.id);
      return;
    }
    const direction = ARROW_DIRECTIONS[event.key];
    if (at && direction && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const next = neighbourTowards(at.id, at.graph.edges, centres(at.graph), direction);
      if (next) moveTo(at.graph, next);
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
        const walk = walking();
        if (walk) placeBar(walk);
        const shown = cardShown();
        if (shown && !shown.graph.svg.closest('dialog')) closeCard(false);
      }),
    true,
  );
  addEventListener('hashchange', () => void followHash());
  if (location.hash.includes('/')) void followHash();
}
