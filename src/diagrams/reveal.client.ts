/**
 * Scrolling a part of a diagram into view: the page vertically, and the diagram's frame sideways
 * when it scrolls (legibility.ts). Smooth unless the reader asked for reduced motion; the promise
 * resolves once both have settled, so what is placed after it (a card) lands where the part ends up.
 */
import { scrollDelta, type Box } from './placement.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The scroll position of the page or an element, and its largest value. */
function position(target: Window | Element, axis: 'x' | 'y'): { at: number; max: number } {
  const el = target instanceof Window ? document.documentElement : target;
  return axis === 'y'
    ? { at: el.scrollTop, max: el.scrollHeight - el.clientHeight }
    : { at: el.scrollLeft, max: el.scrollWidth - el.clientWidth };
}

/**
 * Scrolls `target` by `delta` along `axis` and resolves when it has stopped: at its `scrollend`,
 * or, where a browser has no such event, once two animation frames in a row saw no movement. A
 * scroll that the bounds make nothing resolves at once (no scroll, so no event would come).
 */
function scrollBy(target: Window | Element, axis: 'x' | 'y', delta: number): Promise<void> {
  const { at, max } = position(target, axis);
  const to = Math.max(0, Math.min(max, Math.round(at + delta)));
  if (Math.abs(to - at) < 1) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      target.removeEventListener('scrollend', done);
      resolve();
    };
    if ('onscrollend' in window) target.addEventListener('scrollend', done);
    target.scrollTo({
      [axis === 'y' ? 'top' : 'left']: to,
      behavior: reducedMotion() ? 'instant' : 'smooth',
    });
    // An instant scroll is over already.
    if (Math.abs(position(target, axis).at - to) < 1) return done();
    if ('onscrollend' in window) return;
    let last = Number.NaN;
    let still = 0;
    const watch = () => {
      const now = position(target, axis).at;
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 2) done();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

export interface RevealOptions {
  /** `centre` for a deep link; `nearest` moves only as far as needed. */
  mode: 'centre' | 'nearest';
  /** The frame that may scroll sideways. */
  canvas?: HTMLElement | null;
  /** Screen height covered at the bottom (a card shown as a sheet). */
  bottomInset?: number;
}

/** Scrolls so that `part` (in viewport coordinates) shows; resolves when scrolling has settled. */
export async function reveal(part: Box, { mode, canvas, bottomInset = 0 }: RevealOptions): Promise<void> {
  const moves: Promise<void>[] = [];
  if (canvas && canvas.scrollWidth > canvas.clientWidth) {
    const frame = canvas.getBoundingClientRect();
    const dx = scrollDelta(
      { start: part.left, size: part.width },
      { start: frame.left, size: canvas.clientWidth },
      mode,
    );
    moves.push(scrollBy(canvas, 'x', dx));
  }
  // Starlight keeps its header out of the way of anchors with scroll-padding-top: the same here.
  const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const dy = scrollDelta(
    { start: part.top, size: part.height },
    { start: top, size: innerHeight - top - bottomInset },
    mode,
  );
  moves.push(scrollBy(window, 'y', dy));
  await Promise.all(moves);
}
