/**
 * The questions as the practice page sees them: built from the answers at build time, written
 * into the page as JSON, read by its script. The owner's answers are rendered into the page
 * separately (HTML, in `<template>`s) and shown only when the reader asks.
 */
import type { Answer, ThemeKey } from '../answers/index.ts';
import { withBase } from '../shared/urls.ts';

export interface PracticeQuestion {
  /** The answer's slug: what progress is keyed by. */
  slug: string;
  number: number;
  theme: ThemeKey;
  themeLabel: string;
  question: string;
  shortTitle: string;
  /** The answer page, with the base path. */
  href: string;
  keyPoints: string[];
}

export interface PracticeTheme {
  key: ThemeKey;
  label: string;
}

export interface PracticeData {
  /** In question order. */
  questions: PracticeQuestion[];
  /** Themes that have questions, in the site's order. */
  themes: PracticeTheme[];
}

/** The page's data from the answers and the site's themes. */
export function practiceData(
  answers: readonly Answer[],
  themes: readonly PracticeTheme[],
  base: string,
): PracticeData {
  const label = (key: ThemeKey) => themes.find((t) => t.key === key)?.label ?? key;
  const questions = [...answers]
    .sort((a, b) => a.meta.number - b.meta.number)
    .map((answer) => ({
      slug: answer.slug,
      number: answer.meta.number,
      theme: answer.meta.theme,
      themeLabel: label(answer.meta.theme),
      question: answer.question,
      shortTitle: answer.meta.shortTitle,
      href: withBase(answer.path, base),
      keyPoints: [...answer.meta.keyPoints],
    }));
  return {
    questions,
    themes: themes
      .filter((theme) => questions.some((q) => q.theme === theme.key))
      .map(({ key, label }) => ({ key, label })),
  };
}

/** `/practice/?q=<slug>`, relative to the base: the address of one question on the practice page. */
export function practicePath(slug?: string): string {
  return slug ? `/practice/?q=${encodeURIComponent(slug)}` : '/practice/';
}
