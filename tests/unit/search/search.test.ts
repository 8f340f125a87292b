import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSlashShortcut, isTextEntry, nextPosition } from '../../../src/search/keys.ts';
import {
  pagefindFilters,
  parseSearchParams,
  searchParamsOf,
  sectionsToShow,
} from '../../../src/search/query.ts';
import {
  SEARCH_DATA,
  checkSearchData,
  checkSearchDataFiles,
  pagesWithoutTopics,
  searchRecord,
  uniqueTerms,
  type SearchEntryLike,
} from '../../../src/search/record.ts';
import { searchTopics } from '../../../src/search/topics.ts';
import { readContentFiles } from '../../../src/shared/content.ts';
import { sectionOf } from '../../../src/shared/ids.ts';

/** Page ids of every answer and concept file: `answers/<slug>`, `concepts/<slug>`. */
const pageIds = readContentFiles()
  .map((file) => file.id)
  .filter((id) => sectionOf(id));

describe('search data files', () => {
  it('name only pages that exist', () => {
    assert.deepEqual(checkSearchDataFiles(pageIds), []);
  });

  it('give every answer and concept page a topic, so topic filters can find it', () => {
    assert.deepEqual(pagesWithoutTopics(pageIds), []);
  });

  it('use every topic at least once, so no filter is always empty', () => {
    const used = new Set(Object.values(SEARCH_DATA.topics).flat());
    assert.deepEqual(
      searchTopics.filter((topic) => !used.has(topic)),
      [],
    );
  });

  it('report a key that names no page with the data file and its line', () => {
    const data = { synonyms: { 'concepts/no-such-page': ['x'] }, topics: { 'answers/typo': ['Spark'] } };
    const problems = checkSearchData(['concepts/data-skew'], data, {
      synonyms: "export const x = {\n  'concepts/no-such-page': ['x'],\n};",
      topics: "const y = {\n\n  'answers/typo': ['Spark'],\n};",
    });
    assert.deepEqual(
      problems.map((p) => `${p.position.file}:${p.position.line} ${p.message.split(':')[0]}`),
      [
        'src/search/synonyms.ts:2 "concepts/no-such-page" is not a page',
        'src/search/topics.ts:3 "answers/typo" is not a page',
      ],
    );
  });

  it('report a topic that the search UI does not offer', () => {
    const problems = checkSearchData(
      ['concepts/xcom'],
      { synonyms: {}, topics: { 'concepts/xcom': ['Orchestration'] } },
      { synonyms: '', topics: "  'concepts/xcom': ['Orchestration']," },
    );
    assert.match(problems[0]?.message ?? '', /has topic "Orchestration", which is not in searchTopics/);
  });
});

describe('searchRecord', () => {
  const conceptTitles = new Map([
    ['data-skew', 'Data skew'],
    ['shuffle', 'Shuffle'],
  ]);
  const data = {
    synonyms: { 'answers/spark': ['salting', 'AQE'], 'concepts/data-skew': ['Salting', 'hot partitions'] },
    topics: { 'answers/spark': ['Spark', 'Cost'] },
  };

  it('titles an answer with its question number, lists its concepts as key terms and its code words', () => {
    const answer: SearchEntryLike = {
      id: 'answers/spark',
      body: 'Salt the key.\n\n```python\nspark.conf.set("spark.sql.adaptive.enabled", "true")\n```\n',
      data: {
        title: 'How do you optimize Spark jobs?',
        answer: { number: 3, concepts: ['shuffle', 'data-skew', 'gone'] },
      },
    };
    assert.deepEqual(searchRecord(answer, conceptTitles, data), {
      kind: 'Answer',
      resultTitle: 'Q3 · How do you optimize Spark jobs?',
      topics: ['Spark', 'Cost'],
      otherNames: ['salting', 'AQE'],
      keyTerms: ['Shuffle', 'Data skew'],
      codeTerms: ['spark.conf.set', 'spark.sql.adaptive.enabled', 'true'],
    });
  });

  it("gives a concept its own aliases first, then the data file's terms, without repeats", () => {
    const concept: SearchEntryLike = {
      id: 'concepts/data-skew',
      data: { title: 'Data skew', concept: { aliases: ['skew', 'salting'] } },
    };
    const record = searchRecord(concept, conceptTitles, data);
    assert.equal(record?.kind, 'Concept');
    assert.equal(record?.resultTitle, 'Data skew');
    assert.deepEqual(record?.otherNames, ['skew', 'salting', 'hot partitions']);
  });

  it('leaves out pages that are neither answers nor concepts', () => {
    assert.equal(searchRecord({ id: 'index', data: { title: 'Home' } }, conceptTitles, data), undefined);
    assert.equal(
      searchRecord({ id: '404', data: { title: 'Page not found' } }, conceptTitles, data),
      undefined,
    );
  });

  it('folds white space and drops empty terms', () => {
    assert.deepEqual(uniqueTerms([' dead  man’s switch ', '', 'Dead man’s switch', 'heartbeat']), [
      'dead man’s switch',
      'heartbeat',
    ]);
  });
});

describe('the "/" shortcut', () => {
  const key = (overrides: Partial<KeyboardEvent> = {}) => ({
    key: '/',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...overrides,
  });

  it('opens search from the page, a link or a button', () => {
    assert.equal(isSlashShortcut(key(), { tagName: 'BODY' }), true);
    assert.equal(isSlashShortcut(key(), { tagName: 'A' }), true);
    assert.equal(isSlashShortcut(key(), { tagName: 'INPUT', type: 'checkbox' }), true);
  });

  it('leaves "/" to whatever the reader is typing in', () => {
    assert.equal(isSlashShortcut(key(), { tagName: 'INPUT', type: 'text' }), false);
    assert.equal(isSlashShortcut(key(), { tagName: 'INPUT', type: 'search' }), false);
    assert.equal(isSlashShortcut(key(), { tagName: 'INPUT' }), false);
    assert.equal(isSlashShortcut(key(), { tagName: 'TEXTAREA' }), false);
    assert.equal(isSlashShortcut(key(), { tagName: 'SELECT' }), false);
    assert.equal(isSlashShortcut(key(), { tagName: 'DIV', isContentEditable: true }), false);
  });

  it('is only a bare "/": not with a modifier, not mid-composition, not once handled', () => {
    assert.equal(isSlashShortcut(key({ ctrlKey: true }), { tagName: 'BODY' }), false);
    assert.equal(isSlashShortcut(key({ metaKey: true }), { tagName: 'BODY' }), false);
    assert.equal(isSlashShortcut(key({ altKey: true }), { tagName: 'BODY' }), false);
    assert.equal(isSlashShortcut(key({ isComposing: true }), { tagName: 'BODY' }), false);
    assert.equal(isSlashShortcut(key({ defaultPrevented: true }), { tagName: 'BODY' }), false);
    assert.equal(isSlashShortcut(key({ key: '?' }), { tagName: 'BODY' }), false);
  });

  it('treats no focused element as the page', () => {
    assert.equal(isTextEntry(null), false);
  });
});

describe('arrow keys between the search box (-1) and the results', () => {
  it('go down from the box to the first result and stop at the last', () => {
    assert.equal(nextPosition(-1, 'ArrowDown', 3), 0);
    assert.equal(nextPosition(1, 'ArrowDown', 3), 2);
    assert.equal(nextPosition(2, 'ArrowDown', 3), 2);
  });

  it('go up to the box from the first result and stay there', () => {
    assert.equal(nextPosition(2, 'ArrowUp', 3), 1);
    assert.equal(nextPosition(0, 'ArrowUp', 3), -1);
    assert.equal(nextPosition(-1, 'ArrowUp', 3), -1);
  });

  it('jump to the ends with Home and End, except in the box where they move the caret', () => {
    assert.equal(nextPosition(1, 'Home', 3), 0);
    assert.equal(nextPosition(0, 'End', 3), 2);
    assert.equal(nextPosition(-1, 'End', 3), -1);
  });

  it('stay in the box when there are no results', () => {
    assert.equal(nextPosition(-1, 'ArrowDown', 0), -1);
  });
});

describe('the search page URL', () => {
  it('holds the query and the filters, and reads back the same search', () => {
    const state = { query: 'skew', filters: { kind: ['Answer'], topic: ['Spark', 'Data quality'] } };
    const query = searchParamsOf(state);
    assert.equal(query, '?q=skew&kind=Answer&topic=Spark&topic=Data+quality');
    assert.deepEqual(parseSearchParams(query), state);
  });

  it('is empty for an empty search, and ignores blank and repeated values', () => {
    assert.equal(searchParamsOf({ query: '  ', filters: { kind: [], topic: [] } }), '');
    assert.deepEqual(parseSearchParams('?q=+xcom+&kind=&topic=AWS&topic=AWS&utm_source=x'), {
      query: 'xcom',
      filters: { kind: [], topic: ['AWS'] },
    });
  });

  it('asks Pagefind for any of the ticked values within a filter, and only for ticked filters', () => {
    assert.deepEqual(pagefindFilters({ query: 'x', filters: { kind: [], topic: ['Spark', 'AWS'] } }), {
      topic: { any: ['Spark', 'AWS'] },
    });
  });
});

describe('sections listed under a result', () => {
  const sub = (url: string, matches: number) => ({
    url,
    title: url,
    excerpt: '',
    locations: Array(matches).fill(0),
  });

  it('leave out the top of the page, which is the result itself', () => {
    assert.deepEqual(
      sectionsToShow([
        sub('/concepts/xcom/#_top', 5),
        sub('/concepts/xcom/', 5),
        sub('/concepts/xcom/#example', 1),
      ]).map((s) => s.url),
      ['/concepts/xcom/#example'],
    );
  });

  it('are the three with the most matches, in page order', () => {
    const sections = [sub('/a/#one', 1), sub('/a/#two', 4), sub('/a/#three', 2), sub('/a/#four', 3)];
    assert.deepEqual(
      sectionsToShow(sections).map((s) => s.url),
      ['/a/#two', '/a/#three', '/a/#four'],
    );
  });
});
