import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  advanceMock,
  currentSpentMs,
  formatDuration,
  isMockOver,
  pickMockQuestions,
  readMockSession,
  spokenDuration,
  startMock,
} from '../../../src/practice/mock.ts';
import { question, sequence } from './support.ts';

const questions = [
  question(1, 'pipelines'),
  question(2, 'pipelines'),
  question(3, 'spark'),
  question(4, 'spark'),
  question(5, 'storage'),
  question(6, 'quality'),
];

describe('the mock interview', () => {
  it('picks three questions, one from each of three themes drawn at random', () => {
    const picked = pickMockQuestions(questions, sequence(0.99, 0, 0.5, 0.7, 0, 0));
    assert.deepEqual(
      picked.map((q) => q.number),
      [6, 4, 1],
    );
    for (let seed = 0; seed < 50; seed++) {
      const themes = pickMockQuestions(questions).map((q) => q.theme);
      assert.equal(new Set(themes).size, 3);
    }
  });

  it('picks fewer when there are fewer themes', () => {
    assert.equal(pickMockQuestions(questions.slice(0, 4)).length, 2);
  });

  it('times each question and ends after the last', () => {
    const t0 = new Date('2026-03-02T09:00:00Z');
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    let session = startMock(questions.slice(0, 3), t0);
    assert.equal(currentSpentMs(session, at(65)), 65_000);
    session = advanceMock(session, at(65));
    assert.equal(session.current, 1);
    assert.equal(currentSpentMs(session, at(100)), 35_000);
    session = advanceMock(advanceMock(session, at(100)), at(130));
    assert.equal(isMockOver(session), true);
    assert.deepEqual(
      session.answers.map((a) => a.spentMs),
      [65_000, 35_000, 30_000],
    );
  });

  it('shows time as a clock and says it in words', () => {
    assert.equal(formatDuration(0), '0:00');
    assert.equal(formatDuration(125_400), '2:05');
    assert.equal(formatDuration(3_723_000), '1:02:03');
    assert.equal(spokenDuration(125_000), '2 minutes 5 seconds');
    assert.equal(spokenDuration(60_000), '1 minute');
    assert.equal(spokenDuration(1_000), '1 second');
    // The timer and its spoken label round alike: 999 ms is "0:01", "1 second", never "0:00".
    assert.equal(formatDuration(999), '0:01');
    assert.equal(spokenDuration(999), '1 second');
  });

  it('resumes a stored session, and drops one that no longer fits the questions', () => {
    const session = startMock(questions.slice(0, 3), new Date('2026-03-02T09:00:00Z'));
    const slugs = questions.map((q) => q.slug);
    assert.deepEqual(readMockSession(JSON.stringify(session), slugs), session);
    assert.equal(readMockSession(JSON.stringify(session), ['other']), undefined);
    assert.equal(readMockSession('{', slugs), undefined);
    assert.equal(readMockSession(JSON.stringify({ ...session, current: 9 }), slugs), undefined);
    assert.equal(readMockSession(null, slugs), undefined);
  });
});
