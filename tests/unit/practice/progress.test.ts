import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dueQuestions,
  dueSummary,
  lastRatingText,
  nextQuestionChoice,
  relativeDay,
  reviewLine,
  themeProgress,
} from '../../../src/practice/progress.ts';
import { rate } from '../../../src/practice/schedule.ts';
import { emptyState } from '../../../src/practice/store.ts';
import { question } from './support.ts';

const now = new Date(2026, 2, 2, 9);
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const questions = [question(1, 'spark'), question(2, 'spark'), question(3, 'sql')];
const themes = [
  { key: 'spark', label: 'Spark' },
  { key: 'sql', label: 'SQL' },
] as { key: 'spark' | 'sql'; label: string }[];

describe('what is due', () => {
  it('puts overdue questions first, then the never practised in question order', () => {
    const state = emptyState();
    state.cards['question-3'] = rate(undefined, 'again', days(-5), { covered: 0, total: 3 });
    state.cards['question-1'] = rate(undefined, 'easy', now, { covered: 3, total: 3 });
    assert.deepEqual(
      dueQuestions(questions, state, now).map((q) => q.number),
      [3, 2],
    );
    assert.deepEqual(
      dueQuestions(questions, state, now, 'spark').map((q) => q.number),
      [2],
    );
  });

  it('summarises the day in a sentence', () => {
    assert.equal(dueSummary(14, 14, 14), '14 questions are waiting for a first practice.');
    assert.equal(dueSummary(3, 1, 14), '3 questions are due today: 2 to review, 1 never practised.');
    assert.equal(dueSummary(1, 0, 14), '1 question is due today: 1 to review.');
    assert.equal(dueSummary(0, 0, 14), 'Nothing is due today: all 14 questions are scheduled for later.');
  });
});

describe('progress by theme', () => {
  it('counts practised and due questions and finds the latest rating', () => {
    const state = emptyState();
    state.cards['question-1'] = rate(undefined, 'hard', days(-3), { covered: 1, total: 3 });
    state.cards['question-2'] = rate(undefined, 'good', days(-1), { covered: 2, total: 3 });
    const [spark, sql] = themeProgress(questions, themes, state, now);
    assert.deepEqual(spark, {
      key: 'spark',
      label: 'Spark',
      total: 2,
      practised: 2,
      due: 1,
      last: { rating: 'good', at: days(-1).toISOString(), slug: 'question-2' },
    });
    assert.equal(sql?.practised, 0);
    assert.equal(lastRatingText(spark?.last), 'Good, 1 Mar');
    assert.equal(lastRatingText(sql?.last), 'Not yet');
  });
});

describe('dates and reviews as they read', () => {
  it('says how far a date is', () => {
    assert.equal(relativeDay(now, days(0.2)), 'today');
    assert.equal(relativeDay(now, days(1)), 'tomorrow');
    assert.equal(relativeDay(now, days(8)), 'in 8 days');
  });

  it('writes a review as date, rating and key points covered', () => {
    const [review] = rate(undefined, 'easy', now, { covered: 4, total: 6 }).history;
    assert.equal(reviewLine(review!), '2 Mar 2026 · Easy · 4 of 6 key points');
  });
});

describe('the next question', () => {
  const state = emptyState();
  state.cards['question-3'] = rate(undefined, 'again', days(-5), { covered: 0, total: 3 });
  state.cards['question-1'] = rate(undefined, 'easy', now, { covered: 3, total: 3 });
  const base = {
    questions,
    state,
    now,
    theme: '',
    seen: new Set<string>(),
    current: undefined,
    random: () => 0,
  };

  it('in due mode, offers the most overdue question not yet seen in this visit, then none', () => {
    assert.equal(nextQuestionChoice({ ...base, mode: 'due' })?.number, 3);
    assert.equal(nextQuestionChoice({ ...base, mode: 'due', seen: new Set(['question-3']) })?.number, 2);
    assert.equal(
      nextQuestionChoice({ ...base, mode: 'due', seen: new Set(['question-3', 'question-2']) }),
      undefined,
    );
  });

  it('keeps to the theme filter', () => {
    assert.equal(nextQuestionChoice({ ...base, mode: 'due', theme: 'spark' })?.number, 2);
    assert.equal(nextQuestionChoice({ ...base, mode: 'random', theme: 'sql' })?.number, 3);
  });

  it('at random, picks among the questions not yet seen, whatever is due', () => {
    const seen = new Set(['question-1']);
    assert.equal(nextQuestionChoice({ ...base, mode: 'random', seen, random: () => 0 })?.number, 2);
    assert.equal(nextQuestionChoice({ ...base, mode: 'random', seen, random: () => 0.99 })?.number, 3);
  });

  it('at random, once every question was seen, goes on with any but the current one', () => {
    const seen = new Set(questions.map((q) => q.slug));
    const picks = [0, 0.5, 0.99].map(
      (r) =>
        nextQuestionChoice({ ...base, mode: 'random', seen, current: 'question-2', random: () => r })?.number,
    );
    assert.deepEqual(picks, [1, 3, 3]);
  });
});
