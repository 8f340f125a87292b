/**
 * A prerendered diagram as the page's scripts see it: its boxes and edges, read from the SVG the
 * build wrote (`data-dg-node`, `data-dg-edge`), and the highlight that shows some of them. Each
 * layout of a diagram (main and narrow, see legibility.ts) is its own SVG, so its own graph.
 */
import { trace, type TraceDirection } from './trace.ts';

export interface Edge {
  from: string;
  to: string;
  elements: Element[];
}

export interface Graph {
  svg: SVGSVGElement;
  /** The figure's block, `#diagram-<id>`, wherever the viewer has moved the SVG. */
  block: HTMLElement;
  /** The box elements of each node id (a sequence participant is drawn twice). */
  nodes: Map<string, Element[]>;
  edges: Edge[];
}

const NODE = '[data-dg-node]';
const graphs = new WeakMap<SVGSVGElement, Graph>();

/** The graph of one SVG, read the first time it is needed. */
export function graphOf(svg: SVGSVGElement): Graph | undefined {
  let graph = graphs.get(svg);
  if (graph) return graph;
  const block = document.getElementById(`diagram-${svg.getAttribute('data-dg-of') ?? ''}`);
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

/** The graph of the layout a block shows now (the frame's width picks it). */
export function shownGraph(block: Element): Graph | undefined {
  const svg = [...block.querySelectorAll<SVGSVGElement>('svg.dg-svg')].find(
    (s) => s.getClientRects().length > 0,
  );
  return svg && graphOf(svg);
}

/** The element a reader focuses for a box: its link, or the box itself. */
export function focusTarget(graph: Graph, id: string): SVGElement | undefined {
  const box = graph.nodes.get(id)?.[0];
  return (box?.parentElement?.closest('a') ?? box) as SVGElement | undefined;
}

/** The box an event happened on, and its graph. */
export function nodeOf(target: EventTarget | null): { graph: Graph; id: string } | undefined {
  if (!(target instanceof Element)) return undefined;
  const box = target.closest(NODE) ?? target.querySelector(`:scope > ${NODE}`);
  const svg = box?.closest<SVGSVGElement>('svg.dg-svg');
  const graph = svg && graphOf(svg);
  return graph && box ? { graph, id: box.getAttribute('data-dg-node') ?? '' } : undefined;
}

/** Where boxes are on the screen now (the first drawing of each). */
export function boxRects(graph: Graph, ids: Iterable<string>): DOMRect[] {
  return [...ids].flatMap((id) => {
    const box = graph.nodes.get(id)?.[0];
    return box ? [box.getBoundingClientRect()] : [];
  });
}

// Highlighting: the highlighted boxes and edges are drawn stronger, the rest fades.

export function highlight(
  graph: Graph,
  nodes: Iterable<string>,
  edges: Iterable<Edge>,
  focus?: string,
): void {
  clearHighlight(graph);
  graph.svg.classList.add('dg-dim');
  for (const id of nodes) graph.nodes.get(id)?.forEach((el) => el.classList.add('dg-on'));
  for (const edge of edges) edge.elements.forEach((el) => el.classList.add('dg-on'));
  if (focus) graph.nodes.get(focus)?.forEach((el) => el.classList.add('dg-focus'));
}

export function clearHighlight(graph: Graph): void {
  graph.svg.classList.remove('dg-dim');
  graph.svg.querySelectorAll('.dg-on, .dg-focus').forEach((el) => el.classList.remove('dg-on', 'dg-focus'));
}

/** A box, its edges and the boxes at their other ends. */
export function neighbourhood(graph: Graph, id: string): void {
  const edges = graph.edges.filter((e) => e.from === id || e.to === id);
  highlight(graph, [id, ...edges.flatMap((e) => [e.from, e.to])], edges, id);
}

/** Everything a box depends on (`up`) or feeds (`down`), following the arrows (trace.ts). */
export function traced(
  graph: Graph,
  id: string,
  direction: TraceDirection,
): { nodes: Set<string>; edges: Edge[] } {
  const { nodes, arrows } = trace(graph.edges, id, direction);
  return { nodes, edges: arrows };
}
