/**
 * A box's card: what the box is in this design, its page, what it depends on or feeds (with a
 * count), and a link to the box. It never hides what it explains:
 *
 * - on a wide screen it sits beside its box, in the page (it moves with the page), and moves off
 *   the boxes an upstream or downstream trace highlights;
 * - on a phone it is a sheet at the bottom of the screen; the page scrolls so the box, or the
 *   highlighted boxes, show above it (and the frame sideways when it scrolls), and it closes when
 *   the diagram leaves the screen.
 *
 * Focus stays in the card (Tab wraps) until it closes (Esc, ×, or a tap outside), then returns to
 * the box.
 */
import { canonicalUrlOf, copyText } from '../shared/clipboard.ts';
import { boxRects, focusTarget, highlight, traced, type Graph } from './graph.client.ts';
import { placeBeside, union, type Box } from './placement.ts';
import { reveal } from './reveal.client.ts';
import { element } from '../shared/dom.ts';

/** Phones get the sheet: the same width at which diagrams take the phone's layout rules. */
const SHEET = '(width <= 40rem)';
const FOCUSABLE = 'a[href], button:not([disabled])';

let card: HTMLElement | undefined;
let shown: { graph: Graph; id: string } | undefined;
let watcher: IntersectionObserver | undefined;

/** The box whose card is open, if one is. */
export const cardShown = () => shown;

/** Whether `node` is inside the open card. */
export const cardHolds = (node: Node | null): boolean =>
  !!card && !card.hidden && !!node && card.contains(node);

export function closeCard(returnFocus: boolean): void {
  if (!card || card.hidden) return;
  card.hidden = true;
  watcher?.disconnect();
  if (returnFocus && shown) focusTarget(shown.graph, shown.id)?.focus({ preventScroll: true });
  shown = undefined;
}

function createCard(): HTMLElement {
  const el = element('div', 'dg-card floating-card');
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-labelledby', 'dg-card-title');
  el.hidden = true;
  // Focus stays in the card: Tab from its last control goes to its first, and back.
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [first, last] = [items[0], items.at(-1)];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  addEventListener('resize', () => {
    if (!shown || el.hidden) return;
    el.classList.toggle('dg-card--sheet', matchMedia(SHEET).matches);
    place(shown.graph, shown.id);
  });
  return el;
}

const boxes = (n: number) => `${n} ${n === 1 ? 'box' : 'boxes'}`;

/** The card's content for one box. */
function fill(el: HTMLElement, graph: Graph, id: string): void {
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
    parts.push(go);
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
  const trace = (result: ReturnType<typeof traced>) => () => {
    highlight(graph, result.nodes, result.edges, id);
    keepInView(graph, id, result.nodes);
  };
  action(`Upstream: depends on ${boxes(up.nodes.size - 1)}`, trace(up), up.nodes.size < 2);
  action(`Downstream: feeds ${boxes(down.nodes.size - 1)}`, trace(down), down.nodes.size < 2);
  action('Copy link to this box', async () => {
    const url = canonicalUrlOf(`${graph.block.id}/${id}`);
    status.textContent = (await copyText(url)) ? 'Link to this box copied.' : `Copy this link: ${url}`;
  });
  el.replaceChildren(...parts, actions, status);
}

/**
 * Opens a box's card. `focus` moves focus into it (a click, a tap, Enter); `centre` first scrolls
 * the box to the middle of the screen and places the card once scrolling has settled (a deep link).
 */
export async function openCard(
  graph: Graph,
  id: string,
  { focus = true, centre = false } = {},
): Promise<void> {
  card ??= createCard();
  const el = card;
  // Inside the viewer's modal dialog when the diagram is there: the rest of the page is inert then.
  (graph.svg.closest('dialog') ?? document.body).append(el);
  watcher?.disconnect();
  const token = { graph, id };
  shown = token;
  fill(el, graph, id);
  el.classList.toggle('dg-card--sheet', matchMedia(SHEET).matches);
  // Laid out but not yet seen: its height decides where the box must be.
  el.style.visibility = 'hidden';
  el.hidden = false;
  const box = boxRects(graph, [id])[0];
  if (centre && box) await show(graph, box, 'centre');
  if (shown !== token) return;
  place(graph, id);
  el.style.visibility = '';
  if (!centre && box && el.classList.contains('dg-card--sheet')) void show(graph, box, 'nearest');
  if (focus)
    el.querySelector<HTMLElement>('.dg-card__actions button:not([disabled])')?.focus({ preventScroll: true });
  if (el.classList.contains('dg-card--sheet') && !graph.svg.closest('dialog')) {
    // A sheet is fixed to the screen: it closes when the reader scrolls the diagram away.
    watcher = new IntersectionObserver(([entry]) => {
      if (entry && !entry.isIntersecting && shown === token) closeCard(!!el.contains(document.activeElement));
    });
    watcher.observe(graph.svg);
  }
}

/** Scrolls a part of the diagram into the screen left free by the card. */
function show(graph: Graph, part: Box, mode: 'centre' | 'nearest'): Promise<void> {
  const bottomInset = card?.classList.contains('dg-card--sheet') ? card.offsetHeight : 0;
  const dialog = graph.svg.closest('dialog');
  if (dialog) {
    // In the viewer, the viewer pans its stage instead (viewer.client.ts).
    dialog.dispatchEvent(new CustomEvent('dg-reveal', { detail: { part, bottomInset } }));
    return Promise.resolve();
  }
  return reveal(part, { mode, bottomInset, canvas: graph.svg.closest<HTMLElement>('.dg-canvas') });
}

/** After a trace: the sheet scrolls the highlighted boxes into view; a card beside moves off them. */
function keepInView(graph: Graph, id: string, nodes: Iterable<string>): void {
  if (card?.classList.contains('dg-card--sheet')) {
    const all = union(boxRects(graph, nodes));
    if (all) void show(graph, all, 'nearest');
  } else {
    place(graph, id);
  }
}

/**
 * Puts a card beside its box, off the boxes highlighted now, in page coordinates (it scrolls with
 * the page).
 */
function place(graph: Graph, id: string): void {
  if (!card) return;
  if (card.classList.contains('dg-card--sheet')) {
    card.style.removeProperty('left');
    card.style.removeProperty('top');
    card.style.removeProperty('width');
    return;
  }
  const box = boxRects(graph, [id])[0] ?? new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
  const width = Math.min(320, innerWidth - 16);
  card.style.width = `${width}px`;
  // Right of the site's navigation (it may cover the table of contents), or in the viewer.
  const area = (
    graph.svg.closest('dialog') ??
    document.querySelector('main') ??
    document.body
  ).getBoundingClientRect();
  const [left, right] = [Math.max(0, area.left), document.documentElement.clientWidth];
  const at = placeBeside(
    box,
    { width, height: card.offsetHeight },
    { left, top: 0, width: right - left, height: innerHeight },
    [...graph.svg.querySelectorAll('[data-dg-node].dg-on')].map((lit) => lit.getBoundingClientRect()),
  );
  // In the page, a card is positioned in the document; in the viewer, in its full-screen dialog.
  const offset = card.parentElement === document.body ? { x: scrollX, y: scrollY } : { x: 0, y: 0 };
  card.style.left = `${at.left + offset.x}px`;
  card.style.top = `${at.top + offset.y}px`;
}
