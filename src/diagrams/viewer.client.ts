/**
 * Full-screen view for prerendered diagrams: zoom (wheel, pinch, + / - / 0 keys, buttons), pan
 * (drag, arrow keys) and Esc to close, plus "Copy link". Without JavaScript the figure still shows
 * the diagram, its caption, its text version and its source; this only adds the viewer.
 */
import { canonicalUrlOf, copyText } from '../shared/clipboard.ts';

const MIN_SCALE = 0.5;
const MAX_SCALE = 8;
const STEP = 1.25;

interface View {
  scale: number;
  x: number;
  y: number;
}

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
    <p class="dg-dialog__hint">Scroll or pinch to zoom · drag to pan · + − 0 keys · Esc closes</p>`;
  document.body.append(element);
  return element;
}

function openViewer(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('[data-dg-canvas]');
  const svg = canvas?.querySelector('svg');
  if (!canvas || !svg) return;
  dialog ??= buildDialog();
  const current = dialog;
  const stage = current.querySelector<HTMLElement>('.dg-dialog__stage');
  const viewport = current.querySelector<HTMLElement>('.dg-dialog__viewport');
  const title = current.querySelector<HTMLElement>('.dg-dialog__title');
  if (!stage || !viewport || !title) return;

  // Move the SVG itself (no clone: ids stay unique), keeping its place in the page reserved.
  const svgs = [...canvas.querySelectorAll('svg')];
  stage.replaceChildren(...svgs);
  title.textContent = figure.querySelector('figcaption strong')?.textContent?.replace(/\.$/, '') ?? 'Diagram';
  current.setAttribute('aria-label', title.textContent);
  const view: View = { scale: 1, x: 0, y: 0 };
  const apply = () => {
    stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
    current.dataset['scale'] = view.scale.toFixed(3);
  };
  const zoomAt = (factor: number, cx: number, cy: number) => {
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
    const ratio = next / view.scale;
    view.x = cx - (cx - view.x) * ratio;
    view.y = cy - (cy - view.y) * ratio;
    view.scale = next;
    apply();
  };
  const centre = () => {
    const box = viewport.getBoundingClientRect();
    return [box.width / 2, box.height / 2] as const;
  };
  const reset = () => {
    view.scale = 1;
    view.x = 0;
    view.y = 0;
    apply();
  };

  const controller = new AbortController();
  const { signal } = controller;
  current.addEventListener(
    'click',
    (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!button) return;
      if (button.hasAttribute('data-close')) current.close();
      const zoom = button.dataset['zoom'];
      if (zoom === 'in') zoomAt(STEP, ...centre());
      if (zoom === 'out') zoomAt(1 / STEP, ...centre());
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
      const pan = 40;
      const actions: Record<string, () => void> = {
        '+': () => zoomAt(STEP, ...centre()),
        '=': () => zoomAt(STEP, ...centre()),
        '-': () => zoomAt(1 / STEP, ...centre()),
        '0': reset,
        ArrowLeft: () => ((view.x += pan), apply()),
        ArrowRight: () => ((view.x -= pan), apply()),
        ArrowUp: () => ((view.y += pan), apply()),
        ArrowDown: () => ((view.y -= pan), apply()),
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

  // Pointer events cover mouse drag, touch drag and two-finger pinch. A pointer is captured only
  // once it moves, so a tap or a click on a box still reaches the box (its card, its link).
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
        const [a, b] = [...pointers.values()];
        if (!a || !b) return;
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const box = viewport.getBoundingClientRect();
        if (pinch > 0) zoomAt(distance / pinch, (a.x + b.x) / 2 - box.left, (a.y + b.y) / 2 - box.top);
        pinch = distance;
        return;
      }
      view.x += event.clientX - last.x;
      view.y += event.clientY - last.y;
      apply();
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
      canvas.replaceChildren(...svgs);
      stage.style.transform = '';
      controller.abort();
      figure.querySelector<HTMLElement>('[data-dg-open]')?.focus();
    },
    { signal, once: true },
  );
  reset();
  current.showModal();
  viewport.focus();
}

/** Copies the figure's link at the site's public address, as every "Copy link" on the site does. */
async function copyLink(button: HTMLElement, anchor: string): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>('.dg-status');
  const url = canonicalUrlOf(anchor);
  const copied = await copyText(url);
  if (status) status.textContent = copied ? 'Link copied' : `Copy this link: ${url}`;
  window.setTimeout(() => {
    if (status) status.textContent = '';
  }, 4000);
}

/** Wires every diagram figure on the page; safe to call more than once. */
export function enhanceDiagrams(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.dg:not([data-dg-ready])')) {
    figure.dataset['dgReady'] = '';
    figure.querySelector('[data-dg-open]')?.addEventListener('click', () => openViewer(figure));
    const copy = figure.querySelector<HTMLElement>('[data-dg-copy]');
    copy?.addEventListener('click', () => void copyLink(copy, copy.dataset['dgCopy'] ?? figure.id));
  }
}
