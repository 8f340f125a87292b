import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rate } from '../../../src/practice/schedule.ts';
import {
  asideKeys,
  checkState,
  emptyState,
  loadState,
  saveState,
  STORAGE_KEY,
  type PracticeState,
} from '../../../src/practice/store.ts';
import { MemoryStorage } from './support.ts';

const now = new Date('2026-03-02T09:00:00Z');

function practised(): PracticeState {
  const state = emptyState();
  state.cards['spark-performance-and-cost'] = rate(undefined, 'good', now, { covered: 2, total: 6 });
  state.drafts['partitioning-large-tables'] = { text: 'Partition by date.', updatedAt: now.toISOString() };
  return state;
}

describe('practice progress in storage', () => {
  it('is keyed by answer slug, with a schema version, and never mentions question numbers', () => {
    const state = practised();
    assert.equal(state.version, 1);
    assert.deepEqual(Object.keys(state.cards), ['spark-performance-and-cost']);
    assert.doesNotMatch(JSON.stringify(state), /"number"/);
  });

  it('comes back as it was saved', () => {
    const storage = new MemoryStorage();
    assert.equal(saveState(storage, practised()), true);
    assert.deepEqual(loadState(storage, now), { status: 'loaded', state: practised() });
  });

  it('starts empty when nothing was saved', () => {
    assert.deepEqual(loadState(new MemoryStorage(), now), { status: 'empty', state: emptyState() });
  });

  it('keeps corrupt data aside, leaves it in place and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,"cards":{"x":');
    const loaded = loadState(storage, now);
    assert.equal(loaded.status, 'corrupt');
    assert.ok(loaded.status === 'corrupt');
    assert.equal(loaded.asideKey, 'de-answers.practice.v1.corrupt-2026-03-02T09-00-00Z');
    assert.equal(loaded.problem, 'it is not JSON');
    assert.equal(storage.getItem(loaded.asideKey), '{"version":1,"cards":{"x":');
    assert.equal(storage.getItem(STORAGE_KEY), '{"version":1,"cards":{"x":', 'not wiped');
    assert.deepEqual(loaded.state, emptyState());
  });

  it('keeps the same corrupt data aside once, however often the page loads', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    loadState(storage, now);
    loadState(storage, new Date('2026-03-03T09:00:00Z'));
    assert.equal(asideKeys(storage).length, 1);
  });

  it('treats data of another schema version as unreadable, not as empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...practised(), version: 2 }));
    const loaded = loadState(storage, now);
    assert.equal(loaded.status, 'corrupt');
    assert.match(
      loaded.status === 'corrupt' ? loaded.problem : '',
      /has version 2; this page reads version 1/,
    );
  });

  it('says it is unavailable when the browser refuses storage, and saving says false', () => {
    const storage = new MemoryStorage();
    storage.refuseReads = true;
    assert.equal(loadState(storage, now).status, 'unavailable');
    storage.refuseWrites = true;
    assert.equal(saveState(storage, practised()), false);
  });
});

describe('checking progress', () => {
  const withCard = (card: Record<string, unknown>) => {
    const state = JSON.parse(JSON.stringify(practised())) as { cards: Record<string, { card: unknown }> };
    const record = state.cards['spark-performance-and-cost'];
    if (record) record.card = { ...(record.card as object), ...card };
    return state;
  };

  it('accepts progress as the page writes it', () => {
    assert.deepEqual(checkState(JSON.parse(JSON.stringify(practised()))), { ok: true, value: practised() });
  });

  it('names the first place that is wrong', () => {
    const cases: [unknown, string][] = [
      [[], 'the progress is not an object'],
      [{ cards: {} }, 'the progress has no version; this page reads version 1'],
      [{ version: 1, cards: [] }, 'cards is not an object'],
      [{ version: 1, cards: { 'Not A Slug': {} } }, 'cards["Not A Slug"] is not an answer slug'],
      [withCard({ due: 'someday' }), 'cards["spark-performance-and-cost"].card.due is not a date'],
      [
        withCard({ stability: -1 }),
        'cards["spark-performance-and-cost"].card.stability is not a number of 0 or more',
      ],
      [
        withCard({ state: 7 }),
        'cards["spark-performance-and-cost"].card.state is not an FSRS state (0 to 3)',
      ],
      [
        {
          version: 1,
          cards: {},
          drafts: { 'partitioning-large-tables': { text: 3, updatedAt: now.toISOString() } },
        },
        'drafts["partitioning-large-tables"].text is not text',
      ],
    ];
    for (const [value, problem] of cases) {
      assert.deepEqual(checkState(value), { ok: false, problem });
    }
  });

  it('refuses a review whose rating or key points make no sense', () => {
    const state = JSON.parse(JSON.stringify(practised()));
    state.cards['spark-performance-and-cost'].history[0].rating = 'perfect';
    assert.match(
      String(checkState(state).ok === false && (checkState(state) as { problem: string }).problem),
      /history\[0\]\.rating is not one of again, hard, good, easy/,
    );
    state.cards['spark-performance-and-cost'].history[0].rating = 'good';
    state.cards['spark-performance-and-cost'].history[0].covered = 9;
    assert.match(
      String((checkState(state) as { problem: string }).problem),
      /covered is more than the key points there were/,
    );
  });
});
