import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { ContentError } from './source-position.ts';
import {
  SEARCH_DATA,
  SEARCH_DATA_FILES,
  checkSearchData,
  searchRecord,
  type SearchRecord,
} from './search-record.ts';

/** The file's text, or '' when it cannot be read: messages then point at line 1. */
function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

let recordsPromise: Promise<Map<string, SearchRecord>> | undefined;

async function loadRecords(): Promise<Map<string, SearchRecord>> {
  const entries = await getCollection('docs');
  const problems = checkSearchData(
    entries.map((entry) => entry.id),
    SEARCH_DATA,
    { synonyms: readSource(SEARCH_DATA_FILES.synonyms), topics: readSource(SEARCH_DATA_FILES.topics) },
  );
  if (problems.length > 0) throw new ContentError(problems, 'Invalid search data');

  const conceptTitles = new Map(
    entries
      .filter((entry) => entry.id.startsWith('concepts/'))
      .map((entry) => [entry.id.slice('concepts/'.length), entry.data.title]),
  );
  const records = new Map<string, SearchRecord>();
  for (const entry of entries) {
    const record = searchRecord(entry, conceptTitles);
    if (record) records.set(entry.id, record);
  }
  return records;
}

/**
 * The search record of a docs page (undefined for pages that are not answers or concepts).
 * Records are built and the data files checked once per build; bad keys fail the build with
 * the data file's line.
 */
export async function getSearchRecord(id: string): Promise<SearchRecord | undefined> {
  recordsPromise ??= loadRecords();
  return (await recordsPromise).get(id);
}
