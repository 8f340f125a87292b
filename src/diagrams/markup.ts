import { withBase } from '../shared/urls.ts';
import type { RenderedDiagram } from './cache.ts';

/**
 * Prepares a stored render for one page: adds the base path to node links and makes them plainly
 * links (an `href` for SVG 2, a class for styling). Their accessible name stays the node's own
 * visible text, as WCAG 2.5.3 (label in name) asks.
 */
export function diagramMarkup(diagram: RenderedDiagram, base: string): string {
  return diagram.html.replace(/<a xlink:href="(\/[^"]*)"/g, (_match, href: string) => {
    const url = withBase(href, base);
    return `<a class="dg-link" href="${url}" xlink:href="${url}"`;
  });
}

/** One sentence per edge, for the text version of the diagram. */
export function describeEdges(diagram: RenderedDiagram): string[] {
  return diagram.summary.edges.map((edge) =>
    edge.label ? `${edge.from} → ${edge.to}: ${edge.label}` : `${edge.from} → ${edge.to}`,
  );
}
