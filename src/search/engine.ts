import { findTypos, type Vocabulary } from './spelling.ts';
import { isCorrectable, searchTerms } from './words.ts';

/**
 * One search behaviour for the header dialog and the search page: what a reader's query becomes
 * before Pagefind sees it, and what comes back when Pagefind alone would show nothing useful.
 *
 * 1. Question forms and filler words are dropped (`words.ts`): "how do I partition a large table"
 *    searches "partition large table".
 * 2. A term the site's vocabulary does not know (no record holds it, in any form Pagefind would
 *    match) is a typo: it is replaced by the nearest vocabulary word (`spelling.ts`), and the
 *    outcome says so ("Showing results for …") unless the reader asked for the words as typed.
 *    Pagefind alone is no judge: it matches a word by any prefix it holds ("medalion" finds "me"
 *    in a title), so a typo rarely comes back empty.
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
 * score and the terms it lacks (those of the query in none of its subsets). Ranked by how many
 * terms it has, then by how telling they are (`weights`: a rare word says more about what the
 * reader wants than a common one, so "spot instances" puts pages about Spot before the many that
 * mention an instance), then by Pagefind's score.
 */
export function mergePartial<Data>(
  terms: readonly string[],
  searches: readonly { subset: readonly string[]; results: readonly BackendResult<Data>[] }[],
  weights: ReadonlyMap<string, number> = new Map(),
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
  const weightOf = (found: Set<string>) =>
    [...found].reduce((sum, term) => sum + (weights.get(term) ?? 1), 0);
  return [...merged.values()]
    .map(({ result, score, found }) => ({
      ranked: { ...result, score, missing: terms.filter((term) => !found.has(term)) },
      weight: weightOf(found),
    }))
    .sort(
      (a, b) =>
        a.ranked.missing.length - b.ranked.missing.length ||
        b.weight - a.weight ||
        b.ranked.score - a.ranked.score,
    )
    .map(({ ranked }) => ranked);
}

/**
 * How telling each term is: the inverse document frequency of its word among the site's records,
 * 1 for terms the vocabulary cannot count (names with digits or punctuation).
 */
export function termWeights(
  terms: readonly string[],
  vocabulary: Vocabulary | undefined,
): Map<string, number> {
  return new Map(
    terms.map((term) => {
      const count = vocabulary?.count(term) ?? 0;
      return [term, vocabulary && count > 0 ? Math.log((vocabulary.records + 1) / (count + 1)) : 1];
    }),
  );
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

/** Runs a reader's query: see the module comment for what it does beyond Pagefind. */
export async function runSearch<Data>(
  backend: SearchBackend<Data>,
  { query, filters = {}, verbatim = false }: SearchRequest,
): Promise<SearchOutcome<Data>> {
  const typed = searchTerms(query);
  const none: SearchOutcome<Data> = { query, terms: typed, match: 'none', results: [], filterCounts: {} };
  if (typed.length === 0) return none;
  const exactPhrase = typed.length === 1 && typed[0]?.startsWith('"');

  // The search as typed starts at once; the vocabulary, needed only for words that may be
  // misspelt, loads beside it (a failure to load it only costs the correction).
  const asTyped = backend.search(typed.join(' '), filters);
  asTyped.catch(() => undefined);
  const vocabulary =
    !exactPhrase && typed.some(isCorrectable) ? await backend.vocabulary().catch(() => undefined) : undefined;
  const typos = vocabulary
    ? findTypos(typed, vocabulary)
    : { corrections: new Map<string, string>(), unknown: new Set<string>() };
  let terms = typed;
  let corrected: string | undefined;
  if (!verbatim && typos.corrections.size > 0) {
    terms = typed.map((term) => typos.corrections.get(term) ?? term);
    corrected = applyCorrections(query, typos.corrections);
  }
  // Terms no record holds are left out of partial matching (every subset with one comes back empty).
  const unknown = new Set([...typos.unknown, ...(corrected === undefined ? typos.corrections.keys() : [])]);
  const withCorrection = corrected === undefined ? {} : { corrected };

  const full = corrected === undefined ? await asTyped : await backend.search(terms.join(' '), filters);
  // With a term no record holds, what Pagefind matched for it is a loose near miss, not the word.
  const holdsAll = !terms.some((term) => unknown.has(term));
  if (holdsAll && (full.results.length > 0 || terms.length === 1)) {
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
    const results = mergePartial(terms, searches, termWeights(terms, vocabulary));
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
  return { ...none, terms, ...withCorrection, filterCounts: holdsAll ? full.filters : {} };
}
