import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { FSRS_PARAMETERS, isDue, nextDueDates, rate, RATINGS } from '../../../src/practice/schedule.ts';
import { HISTORY_LIMIT } from '../../../src/practice/store.ts';

const now = new Date('2026-03-02T09:00:00Z');
const grades = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;

describe('scheduling with FSRS', () => {
  it('gives each rating the due date ts-fsrs gives, in whole days', () => {
    const scheduler = fsrs(FSRS_PARAMETERS);
    for (const { name } of RATINGS) {
      const expected = scheduler.next(createEmptyCard(now), now, grades[name]).card.due;
      const record = rate(undefined, name, now, { covered: 1, total: 3 });
      assert.equal(record.card.due, expected.toISOString(), name);
    }
    const days = RATINGS.map(
      ({ name }) =>
        (Date.parse(rate(undefined, name, now, { covered: 0, total: 3 }).card.due) - now.getTime()) /
        86_400_000,
    );
    assert.deepEqual(days, [1, 2, 3, 8], 'Again tomorrow, Easy more than a week away');
  });

  it('continues from the stored card: a second Good goes further than the first', () => {
    const first = rate(undefined, 'good', now, { covered: 3, total: 3 });
    const later = new Date(first.card.due);
    const second = rate(first, 'good', later, { covered: 3, total: 3 });
    const scheduler = fsrs(FSRS_PARAMETERS);
    const expected = scheduler.next(
      scheduler.next(createEmptyCard(now), now, Rating.Good).card,
      later,
      Rating.Good,
    );
    assert.equal(second.card.due, expected.card.due.toISOString());
    assert.equal(second.card.reps, 2);
  });

  it('records each review: when, the rating, key points covered, the draft and the next due date', () => {
    const record = rate(undefined, 'hard', now, {
      covered: 2,
      total: 5,
      draft: '  I would partition by date.  ',
    });
    assert.deepEqual(record.history, [
      {
        at: now.toISOString(),
        rating: 'hard',
        covered: 2,
        total: 5,
        due: record.card.due,
        draft: 'I would partition by date.',
      },
    ]);
    assert.equal(
      'draft' in rate(undefined, 'hard', now, { covered: 0, total: 5, draft: ' ' }).history[0]!,
      false,
    );
  });

  it(`keeps the newest ${HISTORY_LIMIT} reviews`, () => {
    let record = rate(undefined, 'again', now, { covered: 0, total: 3 });
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) {
      record = rate(record, 'again', new Date(now.getTime() + i * 86_400_000), { covered: 0, total: 3 });
    }
    assert.equal(record.history.length, HISTORY_LIMIT);
    assert.equal(record.card.reps, HISTORY_LIMIT + 6);
  });

  it('previews the four due dates the buttons show, the same as rating gives', () => {
    const preview = nextDueDates(undefined, now);
    for (const { name } of RATINGS) {
      assert.equal(
        preview[name].toISOString(),
        rate(undefined, name, now, { covered: 0, total: 3 }).card.due,
      );
    }
  });

  it('counts a question as due when never practised or scheduled for today', () => {
    assert.equal(isDue(undefined, now), true);
    const record = rate(undefined, 'again', now, { covered: 0, total: 3 });
    assert.equal(isDue(record, now), false);
    assert.equal(isDue(record, new Date(record.card.due)), true);
  });
});
