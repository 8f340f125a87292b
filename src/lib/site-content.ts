import { getCollection } from 'astro:content';
import { collectAnswers, type Answer } from './answers.ts';
import type { ConceptGraph } from './concept-graph.ts';

let answersPromise: Promise<Answer[]> | undefined;

/**
 * All answers, validated and sorted by number. Loaded once per build: every page's sidebar,
 * pagination and cards read the same list.
 */
export function getAnswers(): Promise<Answer[]> {
  answersPromise ??= getCollection('docs').then((entries) => collectAnswers(entries));
  return answersPromise;
}

/** Prefixes a root-relative path with the configured base path (`/portfolio/answers/x/`). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

let graphPromise: Promise<ConceptGraph> | undefined;

/** Answers and concepts as a graph (see `concept-graph.ts`), built once per build. */
export function getConceptGraph(): Promise<ConceptGraph> {
  graphPromise ??= Promise.all([getAnswers(), getCollection('docs')]).then(([answers, entries]) => ({
    answers: answers.map((a) => ({
      slug: a.slug,
      number: a.meta.number,
      question: a.question,
      shortTitle: a.meta.shortTitle,
      concepts: a.meta.concepts,
      related: a.meta.related,
    })),
    concepts: entries
      .filter((entry) => entry.id.startsWith('concepts/') && entry.data.concept)
      .map((entry) => ({
        slug: entry.id.slice('concepts/'.length),
        title: entry.data.title,
        definition: entry.data.concept?.definition ?? '',
        related: entry.data.concept?.related ?? [],
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  }));
  return graphPromise;
}
