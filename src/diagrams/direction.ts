/**
 * Which box an arrow key moves to, as pure geometry so that the page script (explore.client.ts),
 * its unit test and the browser test share one rule: the neighbour along an edge in that
 * direction, else the nearest box that way, so every box can be reached.
 */

export interface Point {
  x: number;
  y: number;
}

/** A unit step per arrow key, in screen coordinates (y grows downwards). */
export const ARROW_DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The candidate closest to `from` in `direction`: distance along the direction plus twice the
 * distance across it, so a box straight ahead beats a nearer one off to the side.
 */
export function nearestTowards(
  from: string,
  centres: ReadonlyMap<string, Point>,
  [dx, dy]: readonly [number, number],
  candidates: Iterable<string>,
): string | undefined {
  const here = centres.get(from);
  if (!here) return undefined;
  let best: { id: string; score: number } | undefined;
  for (const other of candidates) {
    const there = centres.get(other);
    if (other === from || !there) continue;
    const along = (there.x - here.x) * dx + (there.y - here.y) * dy;
    const across = Math.abs((there.x - here.x) * dy - (there.y - here.y) * dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: other, score };
  }
  return best?.id;
}

/** Where an arrow key goes from box `from`: a neighbour that way, else any box that way. */
export function neighbourTowards(
  from: string,
  edges: readonly { from: string; to: string }[],
  centres: ReadonlyMap<string, Point>,
  direction: readonly [number, number],
): string | undefined {
  const linked = edges.flatMap((e) => (e.from === from ? [e.to] : e.to === from ? [e.from] : []));
  return (
    nearestTowards(from, centres, direction, linked) ??
    nearestTowards(from, centres, direction, centres.keys())
  );
}
