import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyCorrections,
  mergePartial,
  runSearch,
  subsets,
  type BackendSearch,
  type SearchBackend,
} from '../../../src/search/engine.ts';
import {
  buildVocabulary,
  correctWord,
  findTypos,
  maxEdits,
  Vocabulary,
} from '../../../src/search/spelling.ts';
import { isCorrectable, queryTokens, searchTerms } from '../../../src/search/words.ts';

/** A site of a few records, searched as Pagefind does: every term, by prefix, on a record. */
const RECORDS: Record<string, string> = {
  partitioning: 'partitioning strategy large tables partition date',
  broadcast: 'broadcast join small table shuffle',
  dashboard: 'dashboard wrong numbers daily totals duplicate rows bug',
  airflow: 'airflow timezone schedule daily',
  box: 'quality gate on the delivery checks',
};
const vocabulary = new Vocabulary(buildVocabulary(Object.values(RECORDS)));

/** A fake Pagefind over `RECORDS`: the score is the number of matched words; it logs each search. */
function fakeBackend(log: string[] = []): SearchBackend<string> {
  return {
    async search(term): Promise<BackendSearch<string>> {
      log.push(term);
      const terms = term.toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(RECORDS)
        .filter(([, text]) => terms.every((t) => text.split(' ').some((word) => word.startsWith(t))))
        .map(([id, text]) => ({ id, score: text.split(' ').length, data: async () => id }));
      return { results, filters: { kind: { Answer: results.length } } };
    },
    vocabulary: async () => vocabulary,
  };
}

describe('query words', () => {
  it('drops question forms and filler words, unless nothing else is left', () => {
    assert.deepEqual(searchTerms('How do I partition a large table?'), ['partition', 'large', 'table']);
    assert.deepEqual(searchTerms("what's a shuffle"), ['shuffle']);
    assert.deepEqual(searchTerms('what is it'), ['what', 'is', 'it']);
  });

  it('keeps names with inner punctuation and exact phrases whole', () => {
    assert.deepEqual(queryTokens('CI/CD, Z-order and (dead man’s switch)'), [
      'CI/CD',
      'Z-order',
      'and',
      'dead',
      'man’s',
      'switch',
    ]);
    assert.deepEqual(searchTerms('"quality gate"'), ['"quality gate"']);
  });

  it('corrects only words of letters long enough to have few near neighbours', () => {
    assert.equal(isCorrectable('partioning'), true);
    assert.equal(isCorrectable('spot'), false);
    assert.equal(isCorrectable('S3'), false);
    assert.equal(isCorrectable('retry_delay'), false);
  });
});

describe('typo correction against the vocabulary', () => {
  it('counts each word once per record, most common first', () => {
    const file = buildVocabulary(['daily daily totals', 'daily schedule']);
    assert.deepEqual(file, {
      version: 1,
      records: 2,
      words: ['daily', 'schedule', 'totals'],
      counts: [2, 1, 1],
    });
  });

  it('allows one edit in short words, two from six letters', () => {
    assert.equal(maxEdits('skeww'), 1);
    assert.equal(maxEdits('partioning'), 2);
  });

  it('finds the nearest word the site uses', () => {
    assert.equal(correctWord('partioning', vocabulary), 'partitioning');
    assert.equal(correctWord('broadcats', vocabulary), 'broadcast');
    assert.equal(correctWord('Dashbord', vocabulary), 'dashboard');
  });

  it('leaves known words, words being typed and longer forms of known words alone', () => {
    assert.equal(correctWord('partition', vocabulary), undefined);
    assert.equal(correctWord('partit', vocabulary), undefined);
    assert.equal(correctWord('partitioned', vocabulary), undefined);
    assert.equal(correctWord('kubernetesoperatorxyz', vocabulary), undefined);
  });

  it('sorts terms into corrections and words no record holds', () => {
    const { corrections, unknown } = findTypos(['broadcats', 'join', 'kubernetes', 'S3'], vocabulary);
    assert.deepEqual([...corrections], [['broadcats', 'broadcast']]);
    assert.deepEqual([...unknown], ['kubernetes']);
  });
});

describe('partial matches', () => {
  it('picks every subset of a size, in order', () => {
    assert.deepEqual(subsets(['a', 'b', 'c'], 2), [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    assert.deepEqual(subsets(['a'], 2), []);
  });

  it('ranks by the terms a result has, the rarer the better, then by score', () => {
    const result = (id: string, score: number) => ({ id, score, data: async () => id });
    const ranked = mergePartial(
      ['spot', 'instances'],
      [
        { subset: ['spot'], results: [result('cost', 1)] },
        { subset: ['instances'], results: [result('airflow', 9)] },
      ],
      new Map([
        ['spot', 3],
        ['instances', 1],
      ]),
    );
    assert.deepEqual(
      ranked.map((r) => [r.id, r.missing]),
      [
        ['cost', ['instances']],
        ['airflow', ['spot']],
      ],
    );
  });

  it('writes a correction where the reader typed the word', () => {
    assert.equal(
      applyCorrections('How do I pick a Partioning strategy?', new Map([['Partioning', 'partitioning']])),
      'How do I pick a partitioning strategy?',
    );
  });
});

describe('runSearch: one behaviour for the dialog and the search page', () => {
  it('searches a question by its words', async () => {
    const log: string[] = [];
    const outcome = await runSearch(fakeBackend(log), { query: 'how do I partition a large table' });
    assert.equal(outcome.match, 'all');
    assert.deepEqual(
      outcome.results.map((r) => r.id),
      ['partitioning'],
    );
    assert.deepEqual(log, ['partition large table']);
  });

  it('corrects a typo and says so, unless the reader asked for the words as typed', async () => {
    const corrected = await runSearch(fakeBackend(), { query: 'partioning strategy' });
    assert.equal(corrected.corrected, 'partitioning strategy');
    assert.deepEqual(corrected.terms, ['partitioning', 'strategy']);
    assert.deepEqual(
      corrected.results.map((r) => r.id),
      ['partitioning'],
    );

    const asTyped = await runSearch(fakeBackend(), { query: 'partioning strategy', verbatim: true });
    assert.equal(asTyped.corrected, undefined);
    assert.equal(asTyped.match, 'partial');
    assert.deepEqual(asTyped.results[0]?.missing, ['partioning']);
  });

  it('falls back to the records with most of the words, each naming what it lacks', async () => {
    const outcome = await runSearch(fakeBackend(), { query: 'timezone bug in daily totals' });
    assert.equal(outcome.match, 'partial');
    // The dashboard record has three of the four words; Airflow's, with two, is not shown.
    assert.deepEqual(
      outcome.results.map((r) => [r.id, r.missing]),
      [['dashboard', ['timezone']]],
    );
  });

  it('comes back empty only when no word matches', async () => {
    const outcome = await runSearch(fakeBackend(), { query: 'kubernetesoperatorxyz' });
    assert.equal(outcome.match, 'none');
    assert.deepEqual(outcome.results, []);
    assert.equal((await runSearch(fakeBackend(), { query: '   ' })).match, 'none');
  });

  it('searches without correcting when the vocabulary cannot load', async () => {
    const backend = { ...fakeBackend(), vocabulary: () => Promise.reject(new Error('offline')) };
    const outcome = await runSearch(backend, { query: 'broadcast join' });
    assert.equal(outcome.match, 'all');
    assert.equal(outcome.corrected, undefined);
  });
});
