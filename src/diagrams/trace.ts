/**
 * Following a diagram's arrows, as pure graph logic so that the page script (graph.client.ts), its
 * unit test and the browser test share one rule: everything a box depends on (`up`, against the
 * arrows) or feeds (`down`, along them), however many steps away, cycles included.
 */

export interface Arrow {
  from: string;
  to: string;
}

export type TraceDirection = 'up' | 'down';

/** The boxes reached from `id` (itself included) and every arrow followed to reach them. */
export function trace<A extends Arrow>(
  arrows: readonly A[],
  id: string,
  direction: TraceDirection,
): { nodes: Set<string>; arrows: A[] } {
  const nodes = new Set([id]);
  const followed: A[] = [];
  for (let queue = [id]; queue.length > 0;) {
    const current = queue.shift() ?? '';
    for (const arrow of arrows) {
      const [here, there] = direction === 'down' ? [arrow.from, arrow.to] : [arrow.to, arrow.from];
      if (here !== current) continue;
      followed.push(arrow);
      if (!nodes.has(there)) queue.push(there);
      nodes.add(there);
    }
  }
  return { nodes, arrows: followed };
}
