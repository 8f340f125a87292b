/**
 * Geometry for a box's card (explore.client.ts), as plain functions on rectangles: where a card
 * goes beside its box without covering the boxes it highlights, and how far to scroll so a part of
 * a diagram is in view. Rectangles are in one coordinate space (the viewport's, in the browser).
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 12;
/** Kept free between a card and the edge of the area it must stay in. */
const MARGIN = 8;

/** The area two rectangles share (0 when they do not meet). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The smallest rectangle holding all of them. */
export function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

const clamp = (value: number, low: number, high: number) =>
  Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Where a card of `size` goes for `box`, inside `bounds`: right of the box, else left, below or
 * above it, else the same around all the boxes in `avoid` (those the card highlights), whichever
 * covers least of the box and of those boxes; the first of them on a tie. Returns its top-left
 * corner.
 */
export function placeBeside(
  box: Box,
  size: { width: number; height: number },
  bounds: Box,
  avoid: readonly Box[] = [],
): { left: number; top: number } {
  const within = (left: number, top: number) => ({
    left: clamp(left, bounds.left + MARGIN, bounds.left + bounds.width - size.width - MARGIN),
    top: clamp(top, bounds.top + MARGIN, bounds.top + bounds.height - size.height - MARGIN),
  });
  // Beside the box first; then beside everything highlighted, when the box's own sides are taken.
  const all = union([box, ...avoid]) ?? box;
  const candidates = [box, all].flatMap((r) => [
    within(r.left + r.width + GAP, box.top),
    within(r.left - size.width - GAP, box.top),
    within(box.left, r.top + r.height + GAP),
    within(box.left, r.top - size.height - GAP),
  ]);
  const cost = (at: { left: number; top: number }) => {
    const card = { ...at, ...size };
    // Covering the box itself is worse than covering any other.
    return 4 * overlap(card, box) + avoid.reduce((sum, other) => sum + overlap(card, other), 0);
  };
  return candidates.reduce((best, at) => (cost(at) < cost(best) ? at : best));
}

/**
 * How far to scroll along one axis so that the span [start, start + size) shows in the span of
 * `area`: `centre` puts it in the middle, `nearest` moves it only as far as it must. A span larger
 * than the area is aligned with the area's start. Positive: scroll forwards (down or right).
 */
export function scrollDelta(
  target: { start: number; size: number },
  area: { start: number; size: number },
  mode: 'centre' | 'nearest',
): number {
  if (target.size >= area.size) return target.start - area.start;
  if (mode === 'centre') return target.start + target.size / 2 - (area.start + area.size / 2);
  if (target.start < area.start) return target.start - area.start;
  const overshoot = target.start + target.size - (area.start + area.size);
  return overshoot > 0 ? overshoot : 0;
}
