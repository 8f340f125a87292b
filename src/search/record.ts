import { sectionOf, slugIn } from '../shared/ids.ts';
import { lineOfText, readSource, type Problem, type SourcePosition } from '../shared/problems.ts';
import { searchSynonyms } from './synonyms.ts';
import { pageTopics, searchTopics } from './topics.ts';

/** What a search hit is, shown beside it in results and offered as a filter. */
export type SearchKind = 'Answer' | 'Concept';

/** The part of a docs collection entry that the search record needs. */
export interface SearchEntryLike {
  id: string;
  /** The page's Markdown after the frontmatter: its code blocks are searched by their words. */
  body?: string | undefined;
  data: {
    title: string;
    answer?: { number: number; concepts?: readonly string[] | undefined } | undefined;
    concept?: { aliases?: readonly string[] | undefined } | undefined;
  };
}

/** The search data files, passed in so tests can use their own. */
export interface SearchData {
  /** Page id to extra search terms: `src/search/synonyms.ts`. */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** Page id to topics: `src/search/topics.ts`. */
  topics: Readonly<Record<string, readonly string[]>>;
}

export const SEARCH_DATA: SearchData = { synonyms: searchSynonyms, topics: pageTopics };
const SEARCH_DATA_FILES = {
  synonyms: 'src/search/synonyms.ts',
  topics: 'src/search/topics.ts',
} as const;

/** What a page adds to the search index beyond its visible text. */
export interface SearchRecord {
  kind: SearchKind;
  /** The title a result shows: `Q3 · How do you…?` for answers, so a hit says which question it is. */
  resultTitle: string;
  topics: readonly string[];
  /** Names the page's text may not use: a concept's aliases, then the synonyms file's terms. */
  otherNames: string[];
  /** For answers: the titles of the concepts the answer relies on, most important first. */
  keyTerms: string[];
  /** The identifiers and words of the page's code blocks (`replaceWhere`, `retry_delay`). */
  codeTerms: string[];
}

const FENCED_CODE = /^```[^\n]*\n([\s\S]*?)^```/gm;
/** Names in code worth searching: identifiers and dotted names of three characters or more. */
const CODE_WORD = /[A-Za-z_][\w.]*\w/g;

/**
 * The words of a page's fenced code blocks, each once, in order. Code is searchable through these,
 * kept out of the indexed text so that a result's excerpt reads as a sentence, not as code.
 */
export function codeTerms(markdown: string): string[] {
  const words = [...markdown.matchAll(FENCED_CODE)].flatMap((block) => block[1]?.match(CODE_WORD) ?? []);
  return uniqueTerms(words.filter((word) => word.length >= 3));
}

/** Answers and concepts are searchable kinds; other pages (home, 404) get no record. */
function searchKind(id: string): SearchKind | undefined {
  const section = sectionOf(id);
  if (section === 'answers') return 'Answer';
  if (section === 'concepts') return 'Concept';
  return undefined;
}

/** Trims, drops empty terms and keeps the first spelling of case-insensitive duplicates. */
export function uniqueTerms(terms: Iterable<string>): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of terms) {
    const term = raw.replace(/\s+/g, ' ').trim();
    const key = term.toLowerCase();
    if (!term || seen.has(key)) continue;
    seen.add(key);
    unique.push(term);
  }
  return unique;
}

/**
 * The search record of a page, or undefined for pages that are neither answers nor concepts.
 * `conceptTitles` maps concept slugs (`data-skew`) to titles, to name an answer's key terms.
 */
export function searchRecord(
  entry: SearchEntryLike,
  conceptTitles: ReadonlyMap<string, string>,
  data: SearchData = SEARCH_DATA,
): SearchRecord | undefined {
  const kind = searchKind(entry.id);
  if (!kind) return undefined;
  const number = entry.data.answer?.number;
  return {
    kind,
    resultTitle:
      kind === 'Answer' && number !== undefined ? `Q${number} · ${entry.data.title}` : entry.data.title,
    topics: data.topics[entry.id] ?? [],
    otherNames: uniqueTerms([...(entry.data.concept?.aliases ?? []), ...(data.synonyms[entry.id] ?? [])]),
    keyTerms: uniqueTerms(
      (entry.data.answer?.concepts ?? []).flatMap((slug) => conceptTitles.get(slug) ?? []),
    ),
    codeTerms: codeTerms(entry.body ?? ''),
  };
}

/**
 * Checks the data files against the pages that exist: every key must name an answer or concept
 * page (a typo would silently drop the terms), and every topic must be one of `searchTopics`.
 * `sources` holds each file's text, to point at the offending line.
 */
export function checkSearchData(
  pageIds: readonly string[],
  data: SearchData,
  sources: { synonyms: string; topics: string },
): Problem[] {
  const pages = new Set(pageIds.filter((id) => searchKind(id)));
  const known = new Set<string>(searchTopics);
  const problems: Problem[] = [];
  const at = (which: 'synonyms' | 'topics', text: string): SourcePosition => ({
    file: SEARCH_DATA_FILES[which],
    line: lineOfText(sources[which], text),
  });
  for (const which of ['synonyms', 'topics'] as const) {
    for (const id of Object.keys(data[which])) {
      if (!pages.has(id)) {
        problems.push({
          position: at(which, `'${id}'`),
          message: `"${id}" is not a page: keys are "answers/<slug>" or "concepts/<slug>" of a file under src/content/docs/`,
        });
      }
    }
  }
  for (const [id, topics] of Object.entries(data.topics)) {
    for (const topic of topics.filter((t) => !known.has(t))) {
      problems.push({
        position: at('topics', `'${id}'`),
        message: `"${id}" has topic "${topic}", which is not in searchTopics: ${[...known].join(', ')}`,
      });
    }
  }
  return problems;
}

/** `checkSearchData` on the data files as they are on disk. */
export function checkSearchDataFiles(pageIds: readonly string[]): Problem[] {
  return checkSearchData(pageIds, SEARCH_DATA, {
    synonyms: readSource(SEARCH_DATA_FILES.synonyms),
    topics: readSource(SEARCH_DATA_FILES.topics),
  });
}

/** Answer and concept pages that have no topic, so topic filters would never show them. */
export function pagesWithoutTopics(pageIds: readonly string[], data: SearchData = SEARCH_DATA): string[] {
  return pageIds.filter((id) => searchKind(id) && (data.topics[id]?.length ?? 0) === 0);
}

let recordsPromise: Promise<Map<string, SearchRecord>> | undefined;

async function loadRecords(): Promise<Map<string, SearchRecord>> {
  const { getCollection } = await import('astro:content');
  const entries = await getCollection('docs');
  const conceptTitles = new Map(
    entries.flatMap((entry) => {
      const slug = slugIn('concepts', entry.id);
      return slug === undefined ? [] : [[slug, entry.data.title] as const];
    }),
  );
  const records = new Map<string, SearchRecord>();
  for (const entry of entries) {
    const record = searchRecord(entry, conceptTitles);
    if (record) records.set(entry.id, record);
  }
  return records;
}

/**
 * The search record of a docs page (undefined for pages that are not answers or concepts), built
 * once per build. The data files are checked before the build starts (`checkSearchDataFiles`).
 */
export async function getSearchRecord(id: string): Promise<SearchRecord | undefined> {
  recordsPromise ??= loadRecords();
  return (await recordsPromise).get(id);
}
