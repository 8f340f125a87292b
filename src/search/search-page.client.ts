import {
  FILTER_NAMES,
  pagefindFilters,
  parseSearchParams,
  searchParamsOf,
  sectionsToShow,
  type FilterName,
  type SearchState,
} from './query.ts';
import { loadPagefind, type PagefindResultData, type PagefindSearch } from './pagefind.client.ts';
import { enableResultKeys } from './result-keys.client.ts';

/** Results shown at once; "Show more" adds as many again. */
const PAGE_SIZE = 10;
/** How long typing must pause before a search runs: a keystroke's search is not worth starting. */
const TYPING_PAUSE_MS = 120;

/**
 * Runs the search page (`SearchPage.astro`): searches as the reader types or ticks a filter,
 * keeps the URL in step (`?q=skew&kind=Answer`) so the search can be shared, and runs the URL's
 * search on load. The form works without JavaScript too: it GETs the same URL.
 */
export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let search: PagefindSearch | undefined;
  let shown = 0;
  // Each search gets a number; an answer that arrives after a newer search started is dropped.
  let latest = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState => ({
    query: input.value.trim(),
    filters: Object.fromEntries(
      FILTER_NAMES.map((name) => [
        name,
        checkboxes.filter((c) => c.name === name && c.checked).map((c) => c.value),
      ]),
    ) as Record<FilterName, string[]>,
  });

  const writeForm = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes)
      box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
  };

  const showCounts = (counts: PagefindSearch['filters'] | undefined) => {
    for (const box of checkboxes) {
      const count = box.parentElement?.querySelector('[data-filter-count]');
      if (count) count.textContent = counts ? String(counts[box.name]?.[box.value] ?? 0) : '';
    }
  };

  const showMore = async (searchNumber: number) => {
    if (!search) return;
    const batch = search.results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (searchNumber !== latest) return;
    list.append(...data.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= search.results.length;
  };

  const run = async (state: SearchState) => {
    const searchNumber = ++latest;
    history.replaceState(history.state, '', `${location.pathname}${searchParamsOf(state)}${location.hash}`);
    if (!state.query) {
      search = undefined;
      list.replaceChildren();
      more.hidden = true;
      showCounts(undefined);
      status.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(state.query, { filters: pagefindFilters(state) });
      if (searchNumber !== latest) return;
      search = found;
      shown = 0;
      list.replaceChildren();
      await showMore(searchNumber);
      if (searchNumber !== latest) return;
      showCounts(found.filters);
      status.textContent = resultsMessage(found.results.length, state);
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
  more.addEventListener('click', () => void showMore(latest));
  enableResultKeys({
    root,
    input: () => input,
    links: () => [...list.querySelectorAll<HTMLAnchorElement>('a')],
  });

  const initial = parseSearchParams(location.search);
  writeForm(initial);
  if (initial.query) void run(initial);
}

function resultsMessage(count: number, state: SearchState): string {
  const filtered = FILTER_NAMES.some((name) => state.filters[name].length > 0);
  if (count === 0) {
    return filtered
      ? `No results for “${state.query}” with these filters. Clear a filter, or try another word.`
      : `No results for “${state.query}”. Try a shorter word or another name for it.`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} for “${state.query}”${filtered ? ' with these filters' : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Copies Pagefind's excerpt HTML into `target`, keeping only text and `<mark>`: the excerpt is the
 * page's text with matches marked, and nothing else in it should ever become markup.
 */
function appendExcerpt(target: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') target.append(element('mark', '', node.textContent ?? ''));
    else target.append(node.textContent ?? '');
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const kind = data.meta['kind'] ?? data.filters['kind']?.[0];
  if (kind) {
    const label = element('span', 'search-result__kind', kind);
    label.dataset['kind'] = kind.toLowerCase();
    item.append(label);
  }
  const link = element('a', 'search-result__link', data.meta['title'] ?? data.url);
  link.href = data.url;
  const title = element('h2', 'search-result__title');
  title.append(link);
  item.append(title);

  const excerpt = element('p', 'search-result__excerpt');
  appendExcerpt(excerpt, data.excerpt);
  item.append(excerpt);

  const topics = data.filters['topic'] ?? [];
  if (topics.length > 0) item.append(element('p', 'search-result__topics', topics.join(' · ')));

  const sections = sectionsToShow(data.sub_results);
  if (sections.length > 0) {
    const sectionList = element('ul', 'search-result__sections');
    sectionList.setAttribute('aria-label', `Matching sections of ${data.meta['title'] ?? 'this page'}`);
    for (const section of sections) {
      const sectionItem = element('li', 'search-result__section');
      const sectionLink = element('a', 'search-result__section-link', section.title);
      sectionLink.href = section.url;
      const sectionExcerpt = element('p', 'search-result__excerpt');
      appendExcerpt(sectionExcerpt, section.excerpt);
      sectionItem.append(sectionLink, sectionExcerpt);
      sectionList.append(sectionItem);
    }
    item.append(sectionList);
  }
  return item;
}
