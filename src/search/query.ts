/**
 * The search page's state and its URL: `/search/?q=skew&kind=Answer&topic=Spark`. The URL is
 * the state, so a search can be shared, bookmarked, reloaded or reached from a plain form (the
 * 404 page's form GETs `q`).
 */

/** The kinds of result, by their filter value (`SearchTerms.astro`, `diagram-records.ts`), as filters name them. */
export const searchKinds: readonly { value: string; label: string }[] = [
  { value: 'Answer', label: 'Answers' },
  { value: 'Concept', label: 'Concepts' },
  { value: 'Diagram', label: 'Diagram boxes' },
];

/** Filters the search page offers, by the name Pagefind knows them by. */
export const FILTER_NAMES = ['kind', 'topic'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
  /** Search the words as typed, without correcting typos (`&verbatim=1`). */
  verbatim?: boolean;
}

/** Reads a search from a URL's query string; unknown parameters are ignored. */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = {
    query: (params.get('q') ?? '').trim(),
    filters: {
      kind: unique(params.getAll('kind')),
      topic: unique(params.getAll('topic')),
    },
  };
  if (params.get('verbatim') === '1') state.verbatim = true;
  return state;
}

/** The query string for a search, `?` included, or '' for an empty search. */
export function searchParamsOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.verbatim && state.query.trim()) params.set('verbatim', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filters to pass to Pagefind: only those with a value selected. Values of one filter
 * combine with "any" (Spark or AWS), since a page has one kind and a few topics; different
 * filters combine with "all" (answers about Spark).
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTER_NAMES.filter((name) => state.filters[name].length > 0).map((name) => [
      name,
      { any: state.filters[name] },
    ]),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** A section of a result page that matched, as Pagefind reports it. */
export interface SubResultLike {
  url: string;
  title: string;
  excerpt: string;
  /** Positions of the matched words in the section. */
  locations?: readonly number[];
}

/**
 * The sections worth listing under a result: the `limit` sections with the most matched words,
 * kept in page order (the order a reader scrolls through them). The page's own top, before its
 * first heading (no fragment, or Starlight's `#_top` on the h1), is the result itself and is
 * left out, and so is a section at the result's own URL (a diagram box's record is one section).
 */
export function sectionsToShow<T extends SubResultLike>(
  subResults: readonly T[],
  limit = 3,
  resultUrl?: string,
): T[] {
  const sections = subResults.filter((sub) => {
    const fragment = sub.url.split('#')[1];
    return fragment !== undefined && fragment !== '' && fragment !== '_top' && sub.url !== resultUrl;
  });
  const best = new Set(
    [...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, limit),
  );
  return sections.filter((sub) => best.has(sub));
}
