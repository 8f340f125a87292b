import type { Problem } from '../shared/problems.ts';

/**
 * What an author adds to a diagram to explain it, as Mermaid comments in the `.mmd` file (Mermaid
 * ignores them; the picture does not change):
 *
 *   %% note silver: One or two sentences on what this box is in this design.
 *   %% step [src, bronze, src->bronze]: One line on what happens at this step.
 *   %% answers bronze: end-to-end-data-pipeline, ingesting-client-data-into-an-aws-data-lake
 *
 * Step targets are node ids and edges: `from->to` (every edge from one node to the other) or `#n`
 * (the n-th edge or message, counted from 1 in the order of the source). Steps play in file order.
 */

/** What a box is in this design, shown in its card. */
export interface NodeNote {
  node: string;
  text: string;
  line: number;
}

/** One step of a walkthrough: what it highlights and its caption. */
export interface WalkthroughStep {
  nodes: string[];
  /** Edges written `from->to`. */
  edges: { from: string; to: string }[];
  /** Edges or messages written `#n`, 1-based. */
  numbered: number[];
  caption: string;
  line: number;
}

/** The answers that discuss a box (answer slugs), listed in its card. */
export interface NodeAnswers {
  node: string;
  slugs: string[];
  line: number;
}

export interface Annotations {
  notes: NodeNote[];
  steps: WalkthroughStep[];
  answers: NodeAnswers[];
}

const NOTE = /^\s*%%\s*note\b\s*(.*)$/;
const STEP = /^\s*%%\s*step\b\s*(.*)$/;
const ANSWERS = /^\s*%%\s*answers\b\s*(.*)$/;

/**
 * A diagram's source as "View Mermaid source" shows it: Mermaid's text without the notes, steps
 * and answers, which the page already shows (cards, the walkthrough, the text version) and which
 * would otherwise be every answer page's largest repeat (issue 24's page budget).
 */
export function mermaidSource(text: string): string {
  return text
    .split('\n')
    .filter((line) => !NOTE.test(line) && !STEP.test(line) && !ANSWERS.test(line))
    .join('\n');
}
const ID = /^[A-Za-z_][\w-]*$/;

/**
 * Reads the annotations of a diagram source. Every line that starts an annotation but cannot be
 * read is a problem at its line, with the form it should have.
 */
export function parseAnnotations(
  file: string,
  text: string,
): { annotations: Annotations; problems: Problem[] } {
  const annotations: Annotations = { notes: [], steps: [], answers: [] };
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, index): void => {
    const line = index + 1;
    const problem = (message: string): void => {
      problems.push({ position: { file, line }, message });
    };

    const note = raw.match(NOTE)?.[1];
    if (note !== undefined) {
      const match = note.match(/^([\w-]+)\s*:\s*(\S.*)$/);
      if (!match) return problem('a note is written "%% note <node id>: one or two sentences"');
      annotations.notes.push({ node: match[1] ?? '', text: (match[2] ?? '').trim(), line });
      return;
    }

    const step = raw.match(STEP)?.[1];
    if (step !== undefined) {
      const match = step.match(/^\[([^\]]*)\]\s*:\s*(\S.*)$/);
      if (!match) return problem('a step is written "%% step [node, from->to, #n]: one-line caption"');
      const parsed: WalkthroughStep = {
        nodes: [],
        edges: [],
        numbered: [],
        caption: (match[2] ?? '').trim(),
        line,
      };
      for (const target of (match[1] ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)) {
        const edge = target.match(/^([\w-]+)\s*->\s*([\w-]+)$/);
        const numbered = target.match(/^#(\d+)$/);
        if (edge) parsed.edges.push({ from: edge[1] ?? '', to: edge[2] ?? '' });
        else if (numbered) parsed.numbered.push(Number(numbered[1]));
        else if (ID.test(target)) parsed.nodes.push(target);
        else problem(`step target "${target}" is not a node id, an edge "from->to" or a number "#n"`);
      }
      if (parsed.nodes.length + parsed.edges.length + parsed.numbered.length === 0) {
        problem('a step must name at least one node or edge to highlight');
      }
      annotations.steps.push(parsed);
      return;
    }

    const answers = raw.match(ANSWERS)?.[1];
    if (answers !== undefined) {
      const match = answers.match(/^([\w-]+)\s*:\s*(\S.*)$/);
      if (!match) return problem('answers are written "%% answers <node id>: answer-slug, answer-slug"');
      const slugs = (match[2] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      annotations.answers.push({ node: match[1] ?? '', slugs, line });
    }
  });
  return { annotations, problems };
}

/** The structure of a rendered diagram: its boxes and its edges (or messages), in source order. */
export interface DiagramGraph {
  nodes: { id: string; label: string }[];
  edges: { from: string; to: string; label: string }[];
}

/**
 * Annotations that name what the diagram does not have: a note or a step on a node that does not
 * exist, an edge no arrow draws, a message number past the last one. Each at its line.
 */
export function annotationProblems(file: string, annotations: Annotations, graph: DiagramGraph): Problem[] {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const problems: Problem[] = [];
  const at = (line: number, message: string) => problems.push({ position: { file, line }, message });
  const known = [...nodes].slice(0, 12).join(', ') + (nodes.size > 12 ? ', …' : '');
  const checkNode = (node: string, line: number, what: string) => {
    if (!nodes.has(node))
      at(line, `${what} names node "${node}", which the diagram does not have (its nodes: ${known})`);
  };
  for (const note of annotations.notes) checkNode(note.node, note.line, 'a note');
  for (const answers of annotations.answers) checkNode(answers.node, answers.line, 'an answers line');
  for (const step of annotations.steps) {
    for (const node of step.nodes) checkNode(node, step.line, 'a step');
    for (const { from, to } of step.edges) {
      if (!graph.edges.some((e) => e.from === from && e.to === to)) {
        at(step.line, `a step names the edge ${from}->${to}, which the diagram does not draw`);
      }
    }
    for (const n of step.numbered) {
      if (n < 1 || n > graph.edges.length) {
        at(step.line, `a step names #${n}, but the diagram has ${graph.edges.length} edges or messages`);
      }
    }
  }
  return problems;
}

/** The edge indexes (0-based, as in `graph.edges`) a step highlights. */
export function stepEdges(step: WalkthroughStep, graph: DiagramGraph): number[] {
  const indexes = new Set(step.numbered.map((n) => n - 1));
  graph.edges.forEach((edge, index) => {
    if (step.edges.some((e) => e.from === edge.from && e.to === edge.to)) indexes.add(index);
  });
  return [...indexes].filter((i) => i >= 0 && i < graph.edges.length).sort((a, b) => a - b);
}
