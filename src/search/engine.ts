import { correctWord, type Vocabulary } from './spelling.ts';
import { searchTerms } from './words.ts';

/**
 * One search behaviour for the header dialog and the search page: what a reader's query becomes
 * before Pagefind sees it, and what comes back when Pagefind alone would show nothing useful.
 *
 * 1. Question forms and filler words are dropped (`words.ts`): "how do I partition a large table"
 *    searches "partition large table".
 * 2. Each term is looked up alone. A term no record holds (Pagefind finds nothing, or only weak
 *    near matches, and the site's vocabulary lacks it) is a typo: it is replaced by the nearest
 *    vocabulary word (`spelling.ts`), and the outcome says so ("Showing results for …") unless the
 *    reader asked for the words as typed.
 * 3. Pagefind wants every term on a page. When no page has them all, the pages with the most of
 *    them are the results, ranked by how many they have, then by Pagefind's score, each naming the
 *    terms it lacks: partial matches, never an empty list while any term matches.
 *
 * Pure: Pagefind and the vocabulary come in through `SearchBackend`, so tests drive it with fakes.
 */

/** Filters by name, as Pagefind takes them. */
export type SearchFilters = Record<string, string | string[] | { any: string[] } | { all: string[] }>;

/** Result counts per filter value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One result as Pagefind returns it: its data is loaded only when shown. */
export interface BackendResult<Data> {
  id: string;
  score: number;
  data(): Promise<Data>;
}

export interface BackendSearch<Data> {
  results: BackendResult<Data>[];
  filters: FilterCounts;
}

/** What the engine needs from Pagefind and the site's vocabulary. */
export interface SearchBackend<Data> {
  search(term: string, filters?: SearchFilters): Promise<BackendSearch<Data>>;
  /** The vocabulary, loaded the first time a query needs it. */
  vocabulary(): Promise<Vocabulary>;
}

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  /** Search the words as typed: no correction (the "search instead for" link). */
  verbatim?: boolean;
}

/** A result, with the searched terms it lacks (empty unless the outcome is a partial match). */
export interface RankedResult<Data> extends BackendResult<Data> {
  missing: string[];
}

export interface SearchOutcome<Data> {
  /** The query as the reader typed it. */
  query: string;
  /** The terms searched for: without fillers, typos corrected. */
  terms: string[];
  /** The reader's query with its typos corrected, when a correction was made. */
  corrected?: string;
  /** `all`: every result has every term; `partial`: none has, these have the most; `none`. */
  match: 'all' | 'partial' | 'none';
  results: RankedResult<Data>[];
  /** Result counts per filter value, for the filter controls. */
  filterCounts: FilterCounts;
}

/**
 * A term whose best score alone is under this may be a typo Pagefind matched loosely ("broadcats"
 * matches "broad" at 0.00); the vocabulary decides. Real words score from about 0.3 (a rare word
 * once in a long page) up; under 1 the vocabulary is asked, which is only a cost, never a wrong
 * answer.
 */
export const WEAK_SCORE = 1;

/** Partial matching tries every subset of the terms: capped, as subsets grow fast. */
export const MAX_PARTIAL_TERMS = 6;

/** The query with each corrected term replaced where the reader typed it, case kept as typed. */
export function applyCorrections(query: string, corrections: ReadonlyMap<string, string>): string {
  let text = query;
  for (const [typed, fixed] of corrections) text = text.replace(typed, fixed);
  return text;
}

/** Every way to pick `size` of `items`, in order: [a,b,c] size 2 gives ab, ac, bc. */
export function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, size - 1).map((tail) => [first, ...tail]), ...subsets(rest, size)];
}

/**
 * Merges the searches of subsets of one size into one ranked list: each page once, with its best
 * score and the terms it lacks (those of the query in none of its subsets).
 */
export function mergePartial<Data>(
  terms: readonly string[],
  searches: readonly { subset: readonly string[]; results: readonly BackendResult<Data>[] }[],
): RankedResult<Data>[] {
  const merged = new Map<string, { result: BackendResult<Data>; score: number; found: Set<string> }>();
  for (const { subset, results } of searches) {
    for (const result of results) {
      const entry = merged.get(result.id) ?? { result, score: result.score, found: new Set<string>() };
      entry.score = Math.max(entry.score, result.score);
      for (const term of subset) entry.found.add(term);
      merged.set(result.id, entry);
    }
  }
  return [...merged.values()]
    .map(({ result, score, found }) => ({
      ...result,
      score,
      missing: terms.filter((term) => !found.has(term)),
    }))
    .sort((a, b) => a.missing.length - b.missing.length || b.score - a.score);
}

/** The most a count per filter value reaches over several searches (partial matches). */
function maxCounts(all: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return merged;
}

/** Terms no record holds, each with its correction when the vocabulary has one near enough. */
async function findTypos<Data>(
  backend: SearchBackend<Data>,
  terms: readonly string[],
): Promise<{ unknown: Set<string>; corrections: Map<string, string> }> {
  const alone = await Promise.all(terms.map((term) => backend.search(term)));
  const weak = terms.filter((_, index) => (alone[index]?.results[0]?.score ?? 0) < WEAK_SCORE);
  const unknown = new Set<string>();
  const corrections = new Map<string, string>();
  if (weak.length === 0) return { unknown, corrections };
  const vocabulary = await backend.vocabulary();
  for (const term of weak) {
    const none = alone[terms.indexOf(term)]?.results.length === 0;
    if (!none && vocabulary.knows(term)) continue;
    const fixed = correctWord(term, vocabulary);
    if (fixed) corrections.set(term, fixed);
    else if (none) unknown.add(term);
  }
  return { unknown, corrections };
}

/** Runs a reader's query: see the module comment for what it does beyond Pagefind. */
export async function runSearch<Data>(
  backend: SearchBackend<Data>,
  { query, filters = {}, verbatim = false }: SearchRequest,
): Promise<SearchOutcome<Data>> {
  const typed = searchTerms(query);
  const none: SearchOutcome<Data> = { query, terms: typed, match: 'none', results: [], filterCounts: {} };
  if (typed.length === 0) return none;
  const exactPhrase = typed.length === 1 && typed[0]?.startsWith('"');

  let terms = typed;
  let corrected: string | undefined;
  let unknown = new Set<string>();
  if (!exactPhrase) {
    const typos = await findTypos(backend, typed);
    unknown = typos.unknown;
    if (!verbatim && typos.corrections.size > 0) {
      terms = typed.map((term) => typos.corrections.get(term) ?? term);
      corrected = applyCorrections(query, typos.corrections);
    }
  }
  const withCorrection = corrected === undefined ? {} : { corrected };

  const full = await backend.search(terms.join(' '), filters);
  if (full.results.length > 0 || terms.length === 1) {
    return {
      query,
      terms,
      ...withCorrection,
      match: full.results.length > 0 ? 'all' : 'none',
      results: full.results.map((result) => ({ ...result, missing: [] })),
      filterCounts: full.filters,
    };
  }

  // No record has every term: the largest subsets that some record has, terms no record holds
  // left out from the start (every subset with one would come back empty).
  const usable = terms.filter((term) => !unknown.has(term)).slice(0, MAX_PARTIAL_TERMS);
  for (let size = Math.min(usable.length, terms.length - 1); size >= 1; size--) {
    const picks = subsets(usable, size);
    const searches = await Promise.all(
      picks.map(async (subset) => ({ subset, ...(await backend.search(subset.join(' '), filters)) })),
    );
    const results = mergePartial(terms, searches);
    if (results.length > 0) {
      return {
        query,
        terms,
        ...withCorrection,
        match: 'partial',
        results,
        filterCounts: maxCounts(searches.map((search) => search.filters)),
      };
    }
  }
  return { ...none, terms, ...withCorrection, filterCounts: full.filters };
}
