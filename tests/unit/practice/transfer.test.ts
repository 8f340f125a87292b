import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rate } from '../../../src/practice/schedule.ts';
import { emptyState, type PracticeState } from '../../../src/practice/store.ts';
import {
  exportFileName,
  exportText,
  mergeStates,
  planImport,
  readImport,
} from '../../../src/practice/transfer.ts';

const day = (n: number) => new Date(Date.UTC(2026, 2, n, 9));
const SLUGS = ['spark-performance-and-cost', 'partitioning-large-tables', 'xcom-basics'];
const attempt = { covered: 1, total: 3 };

function progress(): PracticeState {
  const state = emptyState();
  state.cards['spark-performance-and-cost'] = rate(undefined, 'good', day(1), attempt);
  state.drafts['partitioning-large-tables'] = { text: 'By date.', updatedAt: day(1).toISOString() };
  return state;
}

function read(text: string) {
  const result = readImport(text, SLUGS);
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

describe('exporting and importing progress', () => {
  it('imports an export as the same progress', () => {
    const file = read(exportText(progress(), day(2)));
    assert.deepEqual(file.state, progress());
    assert.equal(file.exportedAt, day(2).toISOString());
    assert.deepEqual(file.unknown, []);
  });

  it('names the file after the day: practice-progress-2026-03-02.json', () => {
    assert.equal(exportFileName(new Date(2026, 2, 2, 12)), 'practice-progress-2026-03-02.json');
  });

  it('refuses what is not an export of this page, saying nothing was changed', () => {
    const exported = JSON.parse(exportText(progress(), day(2)));
    const cases: [string, RegExp][] = [
      ['<html>', /not a progress file exported from this page \(it is not JSON\)/],
      [JSON.stringify({ deck: 'Spanish', cards: [] }), /it was not exported from this practice page/],
      [JSON.stringify(progress()), /it was not exported from this practice page/],
      [JSON.stringify({ ...exported, version: 3 }), /exported by a newer version of this page \(version 3\)/],
      [
        JSON.stringify({ ...exported, cards: { 'spark-performance-and-cost': { card: {}, history: [] } } }),
        /it is damaged \(cards\["spark-performance-and-cost"\]\.card\.due is not a date\)/,
      ],
      [
        JSON.stringify({
          ...exported,
          cards: { 'another-site': exported.cards['spark-performance-and-cost'] },
          drafts: {},
        }),
        /it holds progress only for questions this site does not have/,
      ],
      ['x'.repeat(2_000_001), /far too large/],
    ];
    for (const [text, message] of cases) {
      const result = readImport(text, SLUGS);
      assert.equal(result.ok, false, text.slice(0, 40));
      assert.match(result.ok ? '' : result.message, message);
      assert.match(result.ok ? '' : result.message, /Your progress has not been changed\.$/);
    }
  });

  it('leaves out questions this site does not have, and says which', () => {
    const exported = JSON.parse(exportText(progress(), day(2)));
    exported.cards['renamed-long-ago'] = exported.cards['spark-performance-and-cost'];
    const file = read(JSON.stringify(exported));
    assert.deepEqual(Object.keys(file.state.cards), ['spark-performance-and-cost']);
    assert.deepEqual(file.unknown, ['renamed-long-ago']);
  });
});

describe('what an import changes', () => {
  const mine = progress();
  const theirs = emptyState();
  // Reviewed in the other browser after this one: its schedule is newer.
  theirs.cards['spark-performance-and-cost'] = rate(
    mine.cards['spark-performance-and-cost'],
    'easy',
    day(4),
    attempt,
  );
  theirs.cards['xcom-basics'] = rate(undefined, 'again', day(3), attempt);
  theirs.drafts['partitioning-large-tables'] = {
    text: 'By date, then by client.',
    updatedAt: day(5).toISOString(),
  };

  it('lists each question that changes, and how', () => {
    assert.deepEqual(planImport(mine, theirs), [
      { slug: 'partitioning-large-tables', card: undefined, newReviews: 0, draft: 'updated' },
      { slug: 'spark-performance-and-cost', card: 'updated', newReviews: 1, draft: undefined },
      { slug: 'xcom-basics', card: 'added', newReviews: 1, draft: undefined },
    ]);
  });

  it('merges: histories joined once, the newer schedule and the newer draft win', () => {
    const merged = mergeStates(mine, theirs);
    assert.deepEqual(
      merged.cards['spark-performance-and-cost']?.history.map((r) => r.rating),
      ['good', 'easy'],
    );
    assert.deepEqual(
      merged.cards['spark-performance-and-cost']?.card,
      theirs.cards['spark-performance-and-cost']?.card,
    );
    assert.deepEqual(merged.cards['xcom-basics'], theirs.cards['xcom-basics']);
    assert.equal(merged.drafts['partitioning-large-tables']?.text, 'By date, then by client.');
  });

  it('keeps this browser’s schedule and draft when they are newer', () => {
    const merged = mergeStates(theirs, mine);
    assert.deepEqual(
      merged.cards['spark-performance-and-cost']?.card,
      theirs.cards['spark-performance-and-cost']?.card,
    );
    assert.equal(merged.drafts['partitioning-large-tables']?.text, 'By date, then by client.');
    assert.deepEqual(planImport(theirs, mine), []);
  });

  it('changes nothing the second time the same file is imported', () => {
    const once = mergeStates(mine, theirs);
    assert.deepEqual(mergeStates(once, theirs), once);
    assert.deepEqual(planImport(once, theirs), []);
  });

  it('a review at the same moment as one here is the same review: this browser’s is kept, and the plan says so', () => {
    const here = progress();
    const review = here.cards['spark-performance-and-cost']!.history[0]!;
    const file = emptyState();
    file.cards['spark-performance-and-cost'] = {
      ...here.cards['spark-performance-and-cost']!,
      history: [{ ...review, draft: 'Another text, written elsewhere.' }],
    };
    assert.deepEqual(planImport(here, file), [
      { slug: 'spark-performance-and-cost', card: 'kept', newReviews: 0, draft: undefined, conflicts: 1 },
    ]);
    assert.deepEqual(
      mergeStates(here, file).cards['spark-performance-and-cost']?.history,
      here.cards['spark-performance-and-cost']?.history,
    );
  });
});
