import { checkAnswers, entriesFromFiles, getAnswers, type Answer } from '../answers/index.ts';
import type { ContentFile } from '../shared/content.ts';
import { slugIn } from '../shared/ids.ts';
import type { ConceptFrontmatter } from './schema.ts';

/**
 * The graph that ties answers and concepts together: which concepts an answer uses, which answers
 * relate, and the backlinks a concept page shows. Pure data in, data out.
 */

export interface AnswerNode {
  slug: string;
  number: number;
  question: string;
  shortTitle: string;
  /** The theme key (`spark`): the concept map draws one map per theme. */
  theme: string;
  concepts: readonly string[];
  related: readonly string[];
}

export interface ConceptNode {
  slug: string;
  title: string;
  definition: string;
  /** Other names for the concept (search, first-mention links). */
  aliases: readonly string[];
  related: readonly string[];
}

export interface ConceptGraph {
  answers: readonly AnswerNode[];
  concepts: readonly ConceptNode[];
}

/**
 * Answers to read next: the ones the author listed, in their order, then others ranked by how many
 * concepts they share with this one (ties: question order). Answers sharing nothing are left out.
 */
export function relatedAnswers(graph: ConceptGraph, slug: string, limit = 4): AnswerNode[] {
  const self = graph.answers.find((a) => a.slug === slug);
  if (!self) return [];
  const bySlug = new Map(graph.answers.map((a) => [a.slug, a]));
  const explicit = self.related.map((s) => bySlug.get(s)).filter((a): a is AnswerNode => a !== undefined);
  const mine = new Set(self.concepts);
  const shared = (a: AnswerNode) => a.concepts.filter((c) => mine.has(c)).length;
  const ranked = graph.answers
    .filter((a) => a.slug !== slug && !self.related.includes(a.slug) && shared(a) > 0)
    .sort((a, b) => shared(b) - shared(a) || a.number - b.number);
  return [...explicit, ...ranked].slice(0, Math.max(limit, explicit.length));
}

/** The concepts an answer uses, in the author's order. */
export function conceptsOfAnswer(graph: ConceptGraph, slug: string): ConceptNode[] {
  const bySlug = new Map(graph.concepts.map((c) => [c.slug, c]));
  const answer = graph.answers.find((a) => a.slug === slug);
  return (answer?.concepts ?? []).map((c) => bySlug.get(c)).filter((c): c is ConceptNode => c !== undefined);
}

/** What points at a concept: answers that use it (question order) and concepts that list it. */
export function backlinks(
  graph: ConceptGraph,
  slug: string,
): { answers: AnswerNode[]; concepts: ConceptNode[] } {
  return {
    answers: graph.answers.filter((a) => a.concepts.includes(slug)).sort((a, b) => a.number - b.number),
    concepts: graph.concepts
      .filter((c) => c.slug !== slug && c.related.includes(slug))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/**
 * A concept's neighbours: the ones it lists, then the ones that list it (backlinks), without
 * repeats.
 */
export function relatedConcepts(graph: ConceptGraph, slug: string): ConceptNode[] {
  const self = graph.concepts.find((c) => c.slug === slug);
  if (!self) return [];
  const bySlug = new Map(graph.concepts.map((c) => [c.slug, c]));
  const listed = self.related.map((s) => bySlug.get(s)).filter((c): c is ConceptNode => c !== undefined);
  const incoming = backlinks(graph, slug).concepts.filter((c) => !self.related.includes(c.slug));
  return [...listed, ...incoming];
}

/** The part of a page the concept graph needs: an `astro:content` entry or a file read from disk. */
export interface ConceptEntryLike {
  id: string;
  data: { title: string; concept?: Partial<ConceptFrontmatter> | undefined };
}

/** The concept pages among `entries`, as graph nodes sorted by title. */
function conceptNodes(entries: readonly ConceptEntryLike[]): ConceptNode[] {
  return entries
    .flatMap((entry) => {
      const slug = slugIn('concepts', entry.id);
      const concept = entry.data.concept;
      if (slug === undefined || !concept) return [];
      return [
        {
          slug,
          title: entry.data.title,
          definition: concept.definition ?? '',
          aliases: concept.aliases ?? [],
          related: concept.related ?? [],
        },
      ];
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** The answers as graph nodes. */
function answerNodes(answers: readonly Answer[]): AnswerNode[] {
  return answers.map((a) => ({
    slug: a.slug,
    number: a.meta.number,
    question: a.question,
    shortTitle: a.meta.shortTitle,
    theme: a.meta.theme,
    concepts: a.meta.concepts,
    related: a.meta.related,
  }));
}

/** Files read from disk as entries the graph can read (frontmatter not yet schema-checked). */
function conceptEntriesFromFiles(files: readonly ContentFile[]): ConceptEntryLike[] {
  return files.map((file) => ({
    id: file.id,
    data: {
      title: String(file.frontmatter['title'] ?? file.id),
      concept: file.frontmatter['concept'] as Partial<ConceptFrontmatter> | undefined,
    },
  }));
}

/**
 * The graph of the content on disk, for code that runs outside Astro (the concept map generator,
 * the Markdown plugins). Invalid answers are left out here: the build's checks report them.
 */
export function conceptGraphFromFiles(files: readonly ContentFile[]): ConceptGraph {
  const { answers } = checkAnswers(entriesFromFiles(files).entries, { expectedCount: 0 });
  return { answers: answerNodes(answers), concepts: conceptNodes(conceptEntriesFromFiles(files)) };
}

let graphPromise: Promise<ConceptGraph> | undefined;

/**
 * Answers and concepts as a graph, from Astro's content collection, built once per build.
 * (`astro:content` is imported when called, so this module also loads in plain Node.)
 */
export function getConceptGraph(): Promise<ConceptGraph> {
  graphPromise ??= Promise.all([getAnswers(), import('astro:content')]).then(async ([answers, content]) => ({
    answers: answerNodes(answers),
    concepts: conceptNodes(await content.getCollection('docs')),
  }));
  return graphPromise;
}
