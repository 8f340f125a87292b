/**
 * Full-screen view for prerendered diagrams: zoom (wheel, pinch, + / - / 0 keys, buttons), pan
 * (drag, arrow keys) and Esc to close, plus "Copy link". It opens at a scale whose labels are
 * readable (on a phone, the diagram may then be wider than the screen), zooms around the pinch or
 * the pointer (the buttons and keys: around the middle of what shows of the diagram), and never
 * lets the diagram leave the screen (zoom.ts). Without JavaScript the figure still shows
 * the diagram, its caption, its text version and its source; this only adds the viewer. A page
 * loads it on the first "Zoom" (figure.client.ts), not with the page: most readers never open it.
 */
import { scrollDelta } from './placement.ts';
import {
  clampView,
  openingScale,
  openingView,
  visibleCentre,
  zoomAround,
  type Size,
  type View,
} from './zoom.ts';

const STEP = 1.25;
/** Phones open the viewer at a phone's readable scale (see legibility.ts). */
const PHONE = '(width <= 40rem)';

let dialog: HTMLDialogElement | undefined;

function buildDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'dg-dialog';
  element.innerHTML = `
    <div class="dg-dialog__bar">
      <h2 class="dg-dialog__title"></h2>
      <div class="dg-dialog__controls">
        <button type="button" class="dg-button" data-zoom="in" aria-label="Zoom in" title="Zoom in (+)">+</button>
        <button type="button" class="dg-button" data-zoom="out" aria-label="Zoom out" title="Zoom out (−)">−</button>
        <button type="button" class="dg-button" data-zoom="reset" aria-label="Reset zoom" title="Reset (0)">0</button>
        <button type="button" class="dg-button" data-close aria-label="Close" title="Close (Esc)">×</button>
      </div>
    </div>
    <div class="dg-dialog__viewport" tabindex="0" aria-label="Diagram: scroll or pinch to zoom, drag or use the arrow keys to pan">
      <div class="dg-dialog__stage"></div>
    </div>
    <p class="dg-dialog__hint">Pinch or scroll to zoom · drag to pan · + − 0 keys · Esc closes</p>`;
  document.body.append(element);
  return element;
}

/** Opens the full-screen view of a figure's diagram (figure.client.ts loads this on the first "Zoom"). */
export function openViewer(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('[data-dg-canvas]');
  // The layout the page shows (main or narrow, legibility.ts), in the theme it shows.
  const svgs = [...(canvas?.querySelectorAll<SVGSVGElement>('svg.dg-svg') ?? [])].filter(
    (svg) => svg.getClientRects().length > 0,
  );
  const svg = svgs[0];
  if (!canvas || !svg) return;
  dialog ??= buildDialog();
  const current = dialog;
  const stage = current.querySelector<HTMLElement>('.dg-dialog__stage');
  const viewport = current.querySelector<HTMLElement>('.dg-dialog__viewport');
  const title = current.querySelector<HTMLElement>('.dg-dialog__title');
  if (!stage || !viewport || !title) return;

  // Move the SVG itself (no clone: ids stay unique), keeping its place in the page reserved and
  // the frame where the reader had scrolled it.
  const { scrollLeft } = canvas;
  canvas.style.height = `${canvas.offsetHeight}px`;
  const placeholder = document.createComment('diagram in the viewer');
  svg.before(placeholder);
  stage.replaceChildren(...svgs);
  title.textContent = figure.querySelector('figcaption strong')?.textContent?.replace(/\.$/, '') ?? 'Diagram';
  current.setAttribute('aria-label', title.textContent);

  const size: Size = {
    width: svg.viewBox.baseVal.width || svg.width.baseVal.value,
    height: svg.viewBox.baseVal.height || svg.height.baseVal.value,
  };
  stage.style.width = `${size.width}px`;
  const [median = 16, min = median] = (svg.dataset['dgLabels'] ?? '').split(' ').map(Number);
  const screen = (): Size => ({ width: viewport.clientWidth, height: viewport.clientHeight });
  let opening = 1;
  let limits = { min: 0.5, max: 8 };
  let view: View = { scale: 1, x: 0, y: 0 };
  const apply = (next: View) => {
    view = clampView(next, size, screen());
    stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
    // The zoom level relative to the opening scale: what the controls change.
    current.dataset['scale'] = (view.scale / opening).toFixed(3);
  };
  const reset = () => {
    opening = openingScale(size, { median, min }, screen(), matchMedia(PHONE).matches);
    limits = { min: opening * 0.5, max: opening * 8 };
    apply(openingView(opening, size, screen()));
  };
  const zoomAt = (factor: number, cx: number, cy: number) =>
    apply(zoomAround(view, factor, cx, cy, limits, size, screen()));
  // The buttons and keys zoom around the middle of the part of the diagram on the screen.
  const zoomHere = (factor: number) => {
    const at = visibleCentre(view, size, screen());
    zoomAt(factor, at.x, at.y);
  };
  const pan = (dx: number, dy: number) => apply({ ...view, x: view.x + dx, y: view.y + dy });

  const controller = new AbortController();
  const { signal } = controller;
  current.addEventListener(
    'click',
    (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!button) return;
      if (button.hasAttribute('data-close')) current.close();
      const zoom = button.dataset['zoom'];
      if (zoom === 'in') zoomHere(STEP);
      if (zoom === 'out') zoomHere(1 / STEP);
      if (zoom === 'reset') reset();
    },
    { signal },
  );
  current.addEventListener(
    'keydown',
    (event) => {
      if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
      // On a box, the arrow keys move between boxes (explore.client.ts), not the view.
      if ((event.target as Element).closest('[data-dg-node], a')) return;
      const step = 40;
      const actions: Record<string, () => void> = {
        '+': () => zoomHere(STEP),
        '=': () => zoomHere(STEP),
        '-': () => zoomHere(1 / STEP),
        '0': reset,
        ArrowLeft: () => pan(step, 0),
        ArrowRight: () => pan(-step, 0),
        ArrowUp: () => pan(0, step),
        ArrowDown: () => pan(0, -step),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    },
    { signal },
  );
  viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      zoomAt(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX - box.left, event.clientY - box.top);
    },
    { signal, passive: false },
  );
  // A box's card asks for a part of the diagram to show above it (card.client.ts).
  current.addEventListener(
    'dg-reveal',
    (event) => {
      const { part, bottomInset } = (event as CustomEvent<{ part: DOMRect; bottomInset: number }>).detail;
      const box = viewport.getBoundingClientRect();
      const area = { start: 0, size: Math.min(box.height, innerHeight - bottomInset - box.top) };
      const dy = scrollDelta({ start: part.top - box.top, size: part.height }, area, 'nearest');
      const dx = scrollDelta(
        { start: part.left - box.left, size: part.width },
        { start: 0, size: box.width },
        'nearest',
      );
      pan(-dx, -dy);
    },
    { signal },
  );
  addEventListener('resize', () => apply(view), { signal });

  // Pointer events cover mouse drag, touch drag and two-finger pinch. A pointer is captured only
  // once it moves, so a tap or a click on a box still reaches the box (its card).
  const pointers = new Map<number, { x: number; y: number }>();
  let pinch = 0;
  viewport.addEventListener(
    'pointerdown',
    (event) => {
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    },
    { signal },
  );
  viewport.addEventListener(
    'pointermove',
    (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      if (!viewport.hasPointerCapture(event.pointerId)) {
        if (Math.hypot(event.clientX - last.x, event.clientY - last.y) < 4) return;
        viewport.setPointerCapture(event.pointerId);
        viewport.classList.add('is-dragging');
      }
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 2) {
        // Pinching zooms around the point between the two fingers.
        const [a, b] = [...pointers.values()];
        if (!a || !b) return;
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const box = viewport.getBoundingClientRect();
        if (pinch > 0) zoomAt(distance / pinch, (a.x + b.x) / 2 - box.left, (a.y + b.y) / 2 - box.top);
        pinch = distance;
        return;
      }
      pan(event.clientX - last.x, event.clientY - last.y);
    },
    { signal },
  );
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = 0;
    if (pointers.size === 0) viewport.classList.remove('is-dragging');
  };
  viewport.addEventListener('pointerup', release, { signal });
  viewport.addEventListener('pointercancel', release, { signal });

  current.addEventListener(
    'close',
    () => {
      placeholder.replaceWith(...svgs);
      canvas.style.height = '';
      canvas.scrollLeft = scrollLeft;
      stage.style.transform = '';
      stage.style.width = '';
      controller.abort();
      figure.querySelector<HTMLElement>('[data-dg-open]')?.focus();
    },
    { signal, once: true },
  );
  current.showModal();
  reset();
  viewport.focus();
}
