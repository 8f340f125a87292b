import { getCollection } from 'astro:content';
import { collectAnswers, type Answer } from './answers.ts';

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
