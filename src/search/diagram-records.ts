import { parseAnnotations, readDiagramSources, readRendered, type DiagramSource } from '../diagrams/index.ts';
import { projectRoot } from '../shared/project.ts';

/**
 * The boxes and walkthrough steps of diagrams as search results of their own. Pagefind indexes a
 * page's HTML, where a diagram is one SVG (which it skips) and a text version; a reader who types
 * "quality gate" wants the box, not the page. So each box that has a note (`%% note <box>: …`) and
 * each step (`%% step …`) becomes a custom record (Pagefind's Node API, `addCustomRecord`) whose
 * URL is the diagram's deep link, `#diagram-<id>/<box>` or `#diagram-<id>/step-<n>`, which opens
 * the page with the box's card or the walkthrough at that step.
 */

/** A page that shows a diagram: where its records lead, how results name it, its topic filters. */
export interface DiagramHost {
  /** Site path, without the base path: `/answers/end-to-end-data-pipeline/`, or `/`. */
  path: string;
  /** How a result names the page: `Q1 · End-to-end pipeline`. */
  label: string;
  topics: readonly string[];
}

/** What a diagram offers search: its title and the boxes and steps a reader can be sent to. */
export interface DiagramParts {
  id: string;
  title: string;
  /** Boxes with a note, in the order the diagram draws them. */
  boxes: { node: string; label: string; note: string }[];
  /** Walkthrough captions, in play order (step 1 first). */
  steps: string[];
}

/** The same shape as Pagefind's `CustomRecord` (see `pagefind`'s types), kept here to test without it. */
export interface SearchCustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The kind filter value of box and step records, beside `Answer` and `Concept`. */
export const DIAGRAM_KIND = 'Diagram';

/** The boxes with notes and the steps of one diagram, from its source and its stored render. */
export function diagramParts(source: DiagramSource, graph = readRendered(source.id)?.graph): DiagramParts {
  const { annotations } = parseAnnotations(source.file, source.text);
  const notes = new Map(annotations.notes.map((note) => [note.node, note.text]));
  return {
    id: source.id,
    title: source.title,
    boxes: (graph?.nodes ?? []).flatMap((node) => {
      const note = notes.get(node.id);
      return note ? [{ node: node.id, label: node.label.replace(/\s+/g, ' ').trim(), note }] : [];
    }),
    steps: annotations.steps.map((step) => step.caption),
  };
}

/**
 * The records of one diagram shown on `host`: one per box with a note (found by its label, the
 * record's title, and its note, the text) and one per step (found by its caption). What results
 * show besides (the kind, box or step, the diagram's title and the page's name) are filters, not
 * metadata: Pagefind searches every metadata field, so a query naming the diagram or "Q1" would
 * otherwise match every box in it.
 */
export function diagramRecords(parts: DiagramParts, host: DiagramHost): SearchCustomRecord[] {
  const record = (fragment: string, title: string, part: string, content: string): SearchCustomRecord => ({
    url: `${host.path}#diagram-${parts.id}/${fragment}`,
    content,
    language: 'en',
    meta: { title },
    filters: {
      kind: [DIAGRAM_KIND],
      part: [part],
      diagram: [parts.title],
      page: [host.label],
      ...(host.topics.length > 0 ? { topic: [...host.topics] } : {}),
    },
  });
  return [
    ...parts.boxes.map((box) => record(box.node, box.label, 'Box', box.note)),
    ...parts.steps.map((caption, index) =>
      record(`step-${index + 1}`, `Step ${index + 1} of ${parts.steps.length}`, 'Step', caption),
    ),
  ];
}

/** A built page and its HTML, as the search index sees it. */
export interface BuiltPage {
  host: DiagramHost;
  html: string;
}

/**
 * Which diagram each page shows, read off the built HTML by the anchor `<Diagram>` gives every
 * diagram (`id="diagram-<id>"`), so diagrams placed by a component (the home page's) count too.
 * A diagram shown on several pages gets its records once, on the first of `pages`: list answers
 * first, as the pages that explain a diagram.
 */
export function diagramHosts(
  pages: readonly BuiltPage[],
  diagramIds: readonly string[],
): Map<string, DiagramHost> {
  const hosts = new Map<string, DiagramHost>();
  for (const id of diagramIds) {
    const page = pages.find((candidate) => candidate.html.includes(` id="diagram-${id}"`));
    if (page) hosts.set(id, page.host);
  }
  return hosts;
}

/** Every box and step record of the site's diagrams, given the built pages that may show them. */
export function siteDiagramRecords(pages: readonly BuiltPage[], root = projectRoot()): SearchCustomRecord[] {
  const sources = readDiagramSources(root);
  const hosts = diagramHosts(
    pages,
    sources.map((source) => source.id),
  );
  return sources.flatMap((source) => {
    const host = hosts.get(source.id);
    return host ? diagramRecords(diagramParts(source, readRendered(source.id, root)?.graph), host) : [];
  });
}
