import leven from 'leven';
import { isCorrectable, normaliseWord, textWords } from './words.ts';

/**
 * Typo correction against the site's own vocabulary: every word the search index holds (page
 * text, titles, other names, aliases, code words, diagram boxes and steps), written at build time
 * to `pagefind/vocabulary.json` with the number of records each word is in. A word no record has
 * is replaced by the nearest vocabulary word by edit distance (`leven`), the most common one when
 * several are as near.
 */

/** `pagefind/vocabulary.json`: words, most common first, and how many records hold each. */
export interface VocabularyFile {
  version: 1;
  /** How many records (pages, diagram boxes and steps) the words were counted in. */
  records: number;
  words: string[];
  counts: number[];
}

/** Where the vocabulary is written, under the site's output folder (and fetched, under the base). */
export const VOCABULARY_PATH = 'pagefind/vocabulary.json';

/** Counts, for each word, the documents (index records) that hold it. */
export function buildVocabulary(documents: Iterable<string>): VocabularyFile {
  const counts = new Map<string, number>();
  let records = 0;
  for (const document of documents) {
    records++;
    for (const word of new Set(textWords(document))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
  return {
    version: 1,
    records,
    words: sorted.map(([word]) => word),
    counts: sorted.map(([, count]) => count),
  };
}

/** The shortest site word whose longer forms count as known ("partition" for "partitioned"). */
const MIN_STEM = 4;

/** A vocabulary ready to look up: words grouped by length, since a correction keeps it near. */
export class Vocabulary {
  private readonly byLength = new Map<number, { word: string; count: number }[]>();
  private readonly counts = new Map<string, number>();
  /** How many records the words were counted in. */
  readonly records: number;

  constructor(file: VocabularyFile) {
    this.records = file.records;
    file.words.forEach((word, index) => {
      const count = file.counts[index] ?? 0;
      this.counts.set(word, count);
      const group = this.byLength.get(word.length) ?? [];
      group.push({ word, count });
      this.byLength.set(word.length, group);
    });
  }

  /**
   * Whether a term is a word of the site as search matches it: a word the site has, the start of
   * one (a word still being typed), or one of its words with an ending added ("partitioned",
   * "totals"), which Pagefind's stemming finds. Anything else no record holds.
   */
  knows(term: string): boolean {
    const word = normaliseWord(term);
    if (this.counts.has(word)) return true;
    for (const known of this.counts.keys()) {
      if (known.startsWith(word)) return true;
      if (word.startsWith(known) && known.length >= MIN_STEM && known.length >= word.length - 3) return true;
    }
    return false;
  }

  /** How many records hold the word (0 for a word the site does not use). */
  count(term: string): number {
    return this.counts.get(normaliseWord(term)) ?? 0;
  }

  /** Vocabulary words whose length is within `spread` of `length`, most common first by length. */
  *near(length: number, spread: number): Generator<{ word: string; count: number }> {
    for (let size = length - spread; size <= length + spread; size++) yield* this.byLength.get(size) ?? [];
  }
}

/**
 * How many edits a word of this length may be away from its correction: one for short words,
 * two from six letters ("partioning" is two letters short of "partitioning"; "broadcats" swaps two).
 */
export function maxEdits(word: string): number {
  return word.length >= 6 ? 2 : 1;
}

/**
 * The vocabulary word a misspelt term most likely meant, or undefined when none is near enough
 * (or the term is not a word to correct: see `isCorrectable`). Nearest first; among equally near
 * words, one with the same first letter (typos rarely hit it), then the most common.
 */
export function correctWord(term: string, vocabulary: Vocabulary): string | undefined {
  if (!isCorrectable(term) || vocabulary.knows(term)) return undefined;
  const word = normaliseWord(term);
  const limit = maxEdits(word);
  let best: { word: string; distance: number; sameStart: boolean; count: number } | undefined;
  for (const candidate of vocabulary.near(word.length, limit)) {
    const distance = leven(word, candidate.word, { maxDistance: limit + 1 });
    if (distance > limit) continue;
    const sameStart = candidate.word[0] === word[0];
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance &&
        (sameStart !== best.sameStart ? sameStart : candidate.count > best.count));
    if (better) best = { word: candidate.word, distance, sameStart, count: candidate.count };
  }
  return best?.word;
}

/** The terms of a query no record holds, each with its correction when one is near enough. */
export function findTypos(
  terms: readonly string[],
  vocabulary: Vocabulary,
): { corrections: Map<string, string>; unknown: Set<string> } {
  const corrections = new Map<string, string>();
  const unknown = new Set<string>();
  for (const term of terms) {
    if (!isCorrectable(term) || vocabulary.knows(term)) continue;
    const fixed = correctWord(term, vocabulary);
    if (fixed) corrections.set(term, fixed);
    else unknown.add(term);
  }
  return { corrections, unknown };
}
