import type { RenderedDiagram } from './cache.ts';

/**
 * Prepares a stored render for one page: adds the base path to node links and makes them
 * plainly links (an `href` for SVG 2, a class for styling, an accessible name).
 */
export function diagramMarkup(diagram: RenderedDiagram, base: string): string {
  const prefix = base.replace(/\/$/, '');
  const labels = new Map(diagram.links.map((link) => [link.href, link.label]));
  return diagram.html.replace(/<a xlink:href="(\/[^"]*)"/g, (_match, href: string) => {
    const label = labels.get(href);
    const aria = label ? ` aria-label="${escapeAttribute(label)}"` : '';
    return `<a class="dg-link" href="${prefix}${href}" xlink:href="${prefix}${href}"${aria}`;
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** One sentence per edge, for the text version of the diagram. */
export function describeEdges(diagram: RenderedDiagram): string[] {
  return diagram.summary.edges.map((edge) =>
    edge.label ? `${edge.from} → ${edge.to}: ${edge.label}` : `${edge.from} → ${edge.to}`,
  );
}
