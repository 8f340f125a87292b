/**
 * How a search outcome reads, in words: the status line, the correction, the label of a partial
 * match or a diagram result, and excerpts cleaned of what repeats the title. Plain functions
 * shared by the dialog and the search page, so both say the same thing.
 */

/** What the status line needs to know about an outcome. */
export interface OutcomeSummary {
  query: string;
  match: 'all' | 'partial' | 'none';
  count: number;
  /** Whether a kind or topic filter narrows the results. */
  filtered: boolean;
  /**
   * Whether the browser is offline: the search then reads only the part of the index this browser
   * kept (the chunks of searches made online, or all of it once the site is saved for offline).
   */
  offline?: boolean;
}

/** The status line: how many results, for what, and whether they have every word. */
export function statusMessage({ query, match, count, filtered, offline = false }: OutcomeSummary): string {
  const withFilters = filtered ? ' with these filters' : '';
  if (match === 'none' && offline) {
    return `No results for “${query}”. Offline, search finds only what this browser kept: the searches made online, or everything once the site is saved for offline (on the home page).`;
  }
  if (match === 'none') {
    return filtered
      ? `No results for “${query}” with these filters. Clear a filter, or try another word.`
      : `No results for “${query}”. Try a shorter word or another name for it.`;
  }
  const results = `${count} ${count === 1 ? 'result' : 'results'}`;
  if (match === 'partial') {
    return `No page has every word of “${query}”${withFilters}: ${results} with most of them.`;
  }
  return `${results} for “${query}”${withFilters}`;
}

/** The label of a partial match: the words it lacks. */
export function partialLabel(missing: readonly string[]): string {
  return `Partial match: no ${missing.map((term) => `“${term}”`).join(', ')}`;
}

/** What a result says it is: its title, kind and, for diagram records, their filters. */
export interface ResultMeta {
  title?: string | undefined;
  kind?: string | undefined;
  /** For diagram records: `Box` or `Step`. */
  part?: string | undefined;
  diagram?: string | undefined;
  page?: string | undefined;
}

/** The kind label beside a result: Answer, Concept, Diagram box, Diagram step. */
export function kindLabel(meta: ResultMeta): string | undefined {
  if (meta.kind !== 'Diagram') return meta.kind;
  return meta.part === 'Step' ? 'Diagram step' : 'Diagram box';
}

/** For a diagram box or step: which diagram, on which page ("End-to-end pipeline · Q1 · …"). */
export function diagramContext(meta: ResultMeta): string | undefined {
  if (meta.kind !== 'Diagram' || !meta.diagram) return undefined;
  return meta.page ? `${meta.diagram} · ${meta.page}` : meta.diagram;
}

/** A piece of an excerpt: plain text, or a matched word Pagefind marked. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt without the page title it may start with. A concept's page opens with its title as
 * a heading, so its excerpt read "Shuffle. A shuffle is…" under the title "Shuffle"; it now reads
 * "A shuffle is…". Also drops a stray leading "#" (a heading or caption anchor).
 */
export function withoutLeadingTitle(parts: readonly ExcerptPart[], title: string | undefined): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  const lead = text.match(/^\s*#\s*/)?.[0].length ?? 0;
  let cut = lead;
  if (title) {
    const rest = text.slice(lead);
    const escaped = title.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = rest.match(new RegExp(`^${escaped}[.:]\\s+`, 'i'));
    if (match) cut += match[0].length;
  }
  if (cut === 0) return [...parts];
  const kept: ExcerptPart[] = [];
  let position = 0;
  for (const part of parts) {
    const end = position + part.text.length;
    if (end > cut) kept.push({ ...part, text: part.text.slice(Math.max(0, cut - position)) });
    position = end;
  }
  return kept;
}
