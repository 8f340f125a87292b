/**
 * Walkthroughs: the numbered steps under a figure, played one at a time, each step's boxes and
 * edges highlighted, its caption in a live region, previous and next buttons (or the arrow keys).
 */
import { clearHighlight, highlight, type Edge, type Graph } from './graph.client.ts';
import { element } from '../shared/dom.ts';

interface Walk {
  graph: Graph;
  step: number;
  bar: HTMLElement;
}
let walk: Walk | undefined;

/** The walkthrough playing now, if one is. */
export const walking = () => walk;

export function steps(graph: Graph): HTMLLIElement[] {
  return [...graph.block.querySelectorAll<HTMLLIElement>('[data-dg-steps] li')];
}

export function showStep(graph: Graph, index: number): void {
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
export function placeBar({ graph, bar }: Walk): void {
  const viewport = graph.svg.closest('dialog')?.querySelector('.dg-dialog__viewport');
  if (viewport) {
    if (bar.nextElementSibling !== viewport) viewport.before(bar);
  } else {
    const slot = graph.block.querySelector('[data-dg-walk-bar]');
    if (bar.parentElement !== slot) slot?.append(bar);
  }
}

export function stopWalk(returnFocus = false): void {
  if (!walk) return;
  const { graph, bar } = walk;
  walk = undefined;
  bar.remove();
  clearHighlight(graph);
  steps(graph).forEach((li) => li.removeAttribute('aria-current'));
  if (returnFocus) graph.block.querySelector<HTMLElement>('[data-dg-walk]')?.focus();
}
