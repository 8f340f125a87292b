import { runSearch, type SearchOutcome } from './engine.ts';
import { pagefindBackend, type PagefindResultData } from './pagefind.client.ts';
import { statusMessage } from './present.ts';
import {
  FILTER_NAMES,
  pagefindFilters,
  parseSearchParams,
  searchParamsOf,
  type FilterName,
  type SearchState,
} from './query.ts';
import { renderResult, type ResultOptions } from './results.client.ts';
import { enableResultKeys } from './result-keys.client.ts';

/** Results shown at once; "Show more" adds as many again. */
const PAGE_SIZE = 10;
/** How long typing must pause before a search runs: a keystroke's search is not worth starting. */
export const TYPING_PAUSE_MS = 120;

export interface SearchUiOptions extends ResultOptions {
  /**
   * Keep the page's URL in step (`?q=skew&kind=Answer`) and start from it: the search page, whose
   * URL can be shared. The dialog leaves the URL alone.
   */
  syncUrl: boolean;
}

/**
 * Runs a search form (`SearchForm.astro`) in the header dialog or on the search page, the same
 * way in both: searches as the reader types or ticks a filter (`engine.ts`: fillers dropped,
 * typos corrected with a way back to the words as typed, partial matches when no page has every
 * word), draws the results (`results.client.ts`) and moves through them with the arrow keys.
 * Starts with the URL's search on the search page, or with what was typed before it loaded.
 */
export function startSearchUi(root: HTMLElement, options: SearchUiOptions): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const correction = root.querySelector<HTMLElement>('[data-search-correction]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !correction || !list || !more) return;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let outcome: SearchOutcome<PagefindResultData> | undefined;
  let shown = 0;
  // Each search gets a number; an answer that arrives after a newer search started is dropped.
  let latest = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (verbatim = false): SearchState => ({
    query: input.value.trim(),
    filters: Object.fromEntries(
      FILTER_NAMES.map((name) => [
        name,
        checkboxes.filter((c) => c.name === name && c.checked).map((c) => c.value),
      ]),
    ) as Record<FilterName, string[]>,
    ...(verbatim ? { verbatim } : {}),
  });

  const writeForm = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes)
      box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
  };

  const showCounts = (counts: SearchOutcome<unknown>['filterCounts'] | undefined) => {
    for (const box of checkboxes) {
      const count = box.parentElement?.querySelector('[data-filter-count]');
      if (count) count.textContent = counts ? String(counts[box.name]?.[box.value] ?? 0) : '';
    }
  };

  const showCorrection = (state: SearchState, corrected: string | undefined) => {
    correction.replaceChildren();
    correction.hidden = corrected === undefined;
    if (corrected === undefined) return;
    const original = document.createElement('a');
    original.href = `${root.dataset['searchAction'] ?? ''}${searchParamsOf({ ...state, verbatim: true })}`;
    original.textContent = `Search instead for “${state.query}”`;
    original.dataset['searchVerbatim'] = '';
    const fixed = document.createElement('em');
    fixed.textContent = corrected;
    correction.append('Showing results for ', fixed, '. ', original);
  };

  const showMore = async (searchNumber: number) => {
    if (!outcome) return;
    const batch = outcome.results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (searchNumber !== latest) return;
    list.append(
      ...batch.map((result, index) => renderResult(result, data[index] as PagefindResultData, options)),
    );
    shown += batch.length;
    more.hidden = shown >= outcome.results.length;
  };

  const run = async (state: SearchState) => {
    const searchNumber = ++latest;
    if (options.syncUrl) {
      history.replaceState(history.state, '', `${location.pathname}${searchParamsOf(state)}${location.hash}`);
    }
    if (!state.query) {
      outcome = undefined;
      list.replaceChildren();
      more.hidden = true;
      showCounts(undefined);
      showCorrection(state, undefined);
      status.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const found = await runSearch(pagefindBackend, {
        query: state.query,
        filters: pagefindFilters(state),
        verbatim: state.verbatim ?? false,
      });
      if (searchNumber !== latest) return;
      outcome = found;
      shown = 0;
      list.replaceChildren();
      await showMore(searchNumber);
      if (searchNumber !== latest) return;
      showCounts(found.filterCounts);
      showCorrection(state, found.corrected);
      root.dataset['searched'] = state.query;
      status.textContent = statusMessage({
        query: found.corrected ?? state.query,
        match: found.match,
        count: found.results.length,
        filtered: FILTER_NAMES.some((name) => state.filters[name].length > 0),
        offline: !navigator.onLine,
      });
    } catch (error) {
      if (searchNumber !== latest) return;
      console.warn('Search failed to load', error);
      status.textContent =
        'Search is not available right now. Try again, or browse the questions from the home page.';
    } finally {
      if (searchNumber === latest) root.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run(readForm()), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run(readForm());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void run(readForm());
  });
  correction.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-search-verbatim]')) return;
    event.preventDefault();
    void run(readForm(true));
  });
  more.addEventListener('click', () => void showMore(latest));
  enableResultKeys({
    root,
    input: () => input,
    links: () => [...list.querySelectorAll<HTMLAnchorElement>('a')],
  });

  // Tests and benchmarks wait for this: the form now searches as the reader types.
  root.dataset['searchReady'] = '';
  const initial = options.syncUrl ? parseSearchParams(location.search) : readForm();
  if (options.syncUrl) writeForm(initial);
  if (initial.query) void run(initial);
}
