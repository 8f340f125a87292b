import { escapeHtml } from '../shared/text.ts';
import { withBase } from '../shared/urls.ts';
import type { DiagramGraph } from './annotations.ts';
import type { RenderedDiagram } from './cache.ts';
import { layoutCss, type LabelSizes } from './legibility.ts';
import { shareStyles } from './svg.ts';

/**
 * What a screen reader says for a box: its label and its connections, "Silver tables, from: clean
 * job; to: model job, quality checks". The label comes first, so the name holds the visible text
 * (WCAG 2.5.3, label in name).
 */
export function nodeNames(graph: DiagramGraph): Map<string, string> {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const names = new Map<string, string>();
  for (const node of graph.nodes) {
    const from = [
      ...new Set(graph.edges.filter((e) => e.to === node.id).map((e) => label.get(e.from) ?? e.from)),
    ];
    const to = [
      ...new Set(graph.edges.filter((e) => e.from === node.id).map((e) => label.get(e.to) ?? e.to)),
    ];
    const parts = [
      from.length > 0 ? `from: ${from.join(', ')}` : '',
      to.length > 0 ? `to: ${to.join(', ')}` : '',
    ];
    const connections = parts.filter(Boolean).join('; ');
    names.set(node.id, connections ? `${node.label}, ${connections}` : node.label);
  }
  return names;
}

/**
 * Prepares one layout's SVG for a page:
 * - node links get the base path and SVG 2's `href` (Mermaid writes the deprecated `xlink:href`);
 * - every box is reachable by keyboard and named with its label and its connections: a linked box
 *   through its link, any other box as a focusable image (`tabindex`, `role="img"`, `aria-label`);
 *   a box drawn twice (a sequence participant, top and bottom) is reachable once. With scripts,
 *   the diagram becomes one Tab stop the first time a box takes focus (explore.client.ts).
 */
export function svgMarkup(html: string, graph: DiagramGraph, base: string): string {
  const names = nodeNames(graph);
  const reachable = new Set<string>();
  const name = (id: string) => escapeHtml(names.get(id) ?? id);
  return (
    html
      // A linked box: `<a xlink:href="/x/" ... aria-label="label"><title>…</title><g … data-dg-node="id"`.
      .replace(
        /<a xlink:href="(\/[^"]*)"([^>]*?) aria-label="[^"]*"([^>]*)>((?:<title>[^<]*<\/title>)?<g [^>]*?data-dg-node="([^"]+)")/g,
        (_match, href: string, before: string, after: string, rest: string, id: string) => {
          reachable.add(id);
          return `<a class="dg-link" href="${withBase(href, base)}"${before} aria-label="${name(id)}"${after}>${rest}`;
        },
      )
      .replace(
        /<a xlink:href="(\/[^"]*)"/g,
        (_match, href: string) => `<a class="dg-link" href="${withBase(href, base)}"`,
      )
      .replace(
        /<g ([^>]*?)data-dg-node="([^"]+)"([^>]*)>/g,
        (tag, before: string, id: string, after: string) => {
          if (reachable.has(id)) return tag;
          reachable.add(id);
          return `<g ${before}data-dg-node="${id}"${after} tabindex="0" role="img" aria-label="${name(id)}">`;
        },
      )
  );
}

/**
 * A stored render as a page shows it: its main layout, its narrow one when it has one, and in the
 * main layout's `<style>` the rules that pick a layout and a size for the frame's width
 * (legibility.ts). Diagram.astro puts it in the frame `#diagram-<id> .dg-frame`.
 */
export function diagramMarkup(diagram: RenderedDiagram, base: string): string {
  const block = `#diagram-${diagram.id}`;
  const css = layoutCss(diagram, diagram.narrow, {
    main: `${block} .dg-svg--main`,
    narrow: `${block} .dg-svg--narrow`,
    hint: `${block} .dg-scroll-hint`,
  });
  const svgs = diagram.narrow
    ? shareStyles(
        { html: diagram.html, id: `dg-${diagram.id}` },
        { html: diagram.narrow.html, id: `dg-${diagram.id}-narrow` },
      )
    : { main: diagram.html, narrow: '' };
  // Each SVG says which diagram it draws (the viewer moves it out of its block) and the size of
  // its labels (the viewer opens it at a readable scale).
  const tag = (html: string, labels: LabelSizes) =>
    html.replace(
      /<svg\b(?=[^>]*\bdg-svg\b)/g,
      `<svg data-dg-of="${diagram.id}" data-dg-labels="${labels.median} ${labels.min}"`,
    );
  const main = svgMarkup(svgs.main, diagram.graph, base).replace('<style>', () => `<style>${css}`);
  const narrow = diagram.narrow ? svgMarkup(svgs.narrow, diagram.graph, base) : '';
  return tag(main, diagram.labels) + (diagram.narrow ? tag(narrow, diagram.narrow.labels) : '');
}

/** One sentence per edge, for the text version of the diagram. */
export function describeEdges(diagram: RenderedDiagram): string[] {
  return diagram.summary.edges.map((edge) =>
    edge.label ? `${edge.from} → ${edge.to}: ${edge.label}` : `${edge.from} → ${edge.to}`,
  );
}
