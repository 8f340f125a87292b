/**
 * What the practice page's browser modules share: the app (data, progress, saving, announcing,
 * moving between views) and two DOM helpers. `practice-page.client.ts` builds the app; the mock
 * interview and the export/import modules receive it.
 */
import type { PracticeData, PracticeQuestion } from './questions.ts';
import type { PracticeState } from './store.ts';
import { element } from '../shared/dom.ts';

export type ViewName = 'overview' | 'question' | 'mock';

export interface PracticeApp {
  root: HTMLElement;
  data: PracticeData;
  /** The progress in memory; `save()` writes it. */
  state: PracticeState;
  question(slug: string): PracticeQuestion | undefined;
  /** Writes the progress; asks the browser to keep it (persistent storage) the first time. */
  save(): void;
  /** Says something to screen readers through the page's live region. */
  announce(message: string): void;
  /** Goes to a URL of the practice page (`?q=…`, `?mode=mock`, none) without reloading. */
  navigate(search: string): void;
  /** Shows one view, hides the others. */
  show(view: ViewName): HTMLElement;
  /** Redraws the overview from the progress. */
  renderOverview(): void;
  /** The `<template>` copy of a question's owner's answer. */
  ownerAnswer(slug: string): DocumentFragment;
  /** The storage the page uses, if the browser allows one. */
  storage: Storage | undefined;
}

/** The element matching `selector` inside `root`; a missing one is a bug in the page, so it throws. */
export function find<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`practice page: no ${selector}`);
  return found;
}

/** Downloads `text` as a file, from memory (no server involved). */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only freed well after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
