/**
 * The reader's practice progress as it is kept in the browser: its shape, the check that stored
 * or imported data has that shape, and loading and saving through a `Storage` (`localStorage` in
 * the browser, a map in tests). Progress is keyed by the answer's slug, which is promised forever,
 * never by its number or position, which may change. Pure: no DOM, no Astro.
 */

/** Where progress is stored. The `v1` is the schema version, also written inside the value. */
export const STORAGE_KEY = 'de-answers.practice.v1';
/** The schema version of `PracticeState`; a stored or imported value with another is refused. */
export const STATE_VERSION = 1;
/** How many reviews a question keeps in its history: the newest ones. */
export const HISTORY_LIMIT = 50;

export const RATING_NAMES = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATING_NAMES)[number];

/** FSRS's card fields (`ts-fsrs`'s `Card`), with dates as ISO strings so they survive JSON. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** FSRS's `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: string | undefined;
}

/** One rating of a question, as its history shows it. */
export interface Review {
  /** When the reader rated it (ISO). */
  at: string;
  rating: RatingName;
  /** Key points the reader ticked as covered, and how many there were. */
  covered: number;
  total: number;
  /** The next review FSRS scheduled (ISO). */
  due: string;
  /** What the reader had drafted when they rated it, if anything. */
  draft?: string | undefined;
}

export interface CardRecord {
  card: StoredCard;
  /** Oldest first. */
  history: Review[];
}

/** An answer being drafted, not yet rated. */
export interface Draft {
  text: string;
  /** When it was last changed (ISO): on import, the newer draft wins. */
  updatedAt: string;
}

export interface PracticeState {
  version: typeof STATE_VERSION;
  /** By answer slug. */
  cards: Record<string, CardRecord>;
  /** By answer slug. */
  drafts: Record<string, Draft>;
}

export function emptyState(): PracticeState {
  return { version: STATE_VERSION, cards: {}, drafts: {} };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

// Validation. Hand-written rather than a schema library: this runs in the browser, where every
// kilobyte counts, and its messages name the exact place that is wrong.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class Invalid extends Error {}

function fail(where: string, what: string): never {
  throw new Invalid(`${where} ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) fail(where, 'is not an object');
  return value;
}

function number(value: unknown, where: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    fail(where, `is not a number${min === 0 ? ' of 0 or more' : ''}`);
  }
  return value;
}

function date(value: unknown, where: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail(where, 'is not a date');
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, 'is not text');
  return value;
}

function slugKeyed<T>(value: unknown, where: string, item: (v: unknown, at: string) => T): Record<string, T> {
  const entries = Object.entries(record(value, where)).map(([slug, v]) => {
    const at = `${where}["${slug}"]`;
    if (!SLUG.test(slug)) fail(at, 'is not an answer slug');
    return [slug, item(v, at)] as const;
  });
  return Object.fromEntries(entries);
}

function checkCard(value: unknown, where: string): StoredCard {
  const c = record(value, where);
  const card: StoredCard = {
    due: date(c['due'], `${where}.due`),
    stability: number(c['stability'], `${where}.stability`),
    difficulty: number(c['difficulty'], `${where}.difficulty`),
    elapsed_days: number(c['elapsed_days'], `${where}.elapsed_days`),
    scheduled_days: number(c['scheduled_days'], `${where}.scheduled_days`),
    learning_steps: number(c['learning_steps'], `${where}.learning_steps`),
    reps: number(c['reps'], `${where}.reps`),
    lapses: number(c['lapses'], `${where}.lapses`),
    state: number(c['state'], `${where}.state`),
    ...(c['last_review'] == null ? {} : { last_review: date(c['last_review'], `${where}.last_review`) }),
  };
  if (![0, 1, 2, 3].includes(card.state)) fail(`${where}.state`, 'is not an FSRS state (0 to 3)');
  return card;
}

function checkReview(value: unknown, where: string): Review {
  const r = record(value, where);
  const rating = r['rating'];
  if (!RATING_NAMES.includes(rating as RatingName))
    fail(`${where}.rating`, `is not one of ${RATING_NAMES.join(', ')}`);
  const total = number(r['total'], `${where}.total`);
  const covered = number(r['covered'], `${where}.covered`);
  if (covered > total) fail(`${where}.covered`, 'is more than the key points there were');
  return {
    at: date(r['at'], `${where}.at`),
    rating: rating as RatingName,
    covered,
    total,
    due: date(r['due'], `${where}.due`),
    ...(r['draft'] == null ? {} : { draft: text(r['draft'], `${where}.draft`) }),
  };
}

function checkRecord(value: unknown, where: string): CardRecord {
  const r = record(value, where);
  const history = r['history'];
  if (!Array.isArray(history)) fail(`${where}.history`, 'is not a list');
  return {
    card: checkCard(r['card'], `${where}.card`),
    history: history.map((review, i) => checkReview(review, `${where}.history[${i}]`)),
  };
}

function checkDraft(value: unknown, where: string): Draft {
  const d = record(value, where);
  return { text: text(d['text'], `${where}.text`), updatedAt: date(d['updatedAt'], `${where}.updatedAt`) };
}

/**
 * Checks that `value` (parsed JSON) is progress of this schema version, naming the first place
 * where it is not: `cards["x"].card.due is not a date`. Returns a clean copy: unknown fields dropped.
 */
export function checkState(value: unknown): Checked<PracticeState> {
  try {
    const v = record(value, 'the progress');
    if (v['version'] !== STATE_VERSION) {
      const found = typeof v['version'] === 'number' ? `version ${v['version']}` : 'no version';
      fail('the progress', `has ${found}; this page reads version ${STATE_VERSION}`);
    }
    return {
      ok: true,
      value: {
        version: STATE_VERSION,
        cards: slugKeyed(v['cards'], 'cards', checkRecord),
        drafts: slugKeyed(v['drafts'] ?? {}, 'drafts', checkDraft),
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.message };
    throw error;
  }
}

/** What of `Storage` the store uses, so tests can pass a map. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type Loaded =
  | { status: 'empty' | 'loaded'; state: PracticeState }
  /**
   * The stored value could not be read. It is left where it was and copied to `asideKey`, so
   * nothing is lost whatever the reader does next; `state` is empty until they reset or practise.
   */
  | { status: 'corrupt'; state: PracticeState; problem: string; asideKey: string }
  /** The browser refuses storage (blocked cookies, some private modes): progress lasts the visit. */
  | { status: 'unavailable'; state: PracticeState };

/** The key a corrupt value is kept under: `de-answers.practice.v1.corrupt-2026-03-02T09-00-00Z`. */
export function asideKeyFor(now: Date): string {
  return `${STORAGE_KEY}.corrupt-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}`;
}

/** The keys corrupt values were kept under, oldest first. */
export function asideKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(`${STORAGE_KEY}.corrupt-`)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Reads progress. A value that is not JSON or not progress of this version is kept aside (once:
 * a value already kept is not copied again) and reported, never wiped.
 */
export function loadState(storage: StorageLike, now: Date): Loaded {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { status: 'unavailable', state: emptyState() };
  }
  if (raw === null) return { status: 'empty', state: emptyState() };
  let checked: Checked<PracticeState>;
  try {
    checked = checkState(JSON.parse(raw));
  } catch {
    checked = { ok: false, problem: 'it is not JSON' };
  }
  if (checked.ok) return { status: 'loaded', state: checked.value };
  let asideKey = asideKeys(storage).find((key) => storage.getItem(key) === raw);
  if (!asideKey) {
    asideKey = asideKeyFor(now);
    try {
      storage.setItem(asideKey, raw);
    } catch {
      // Storage is full: the value stays under its own key, which is only overwritten when the
      // reader resets or practises, after this message.
    }
  }
  return { status: 'corrupt', state: emptyState(), problem: checked.problem, asideKey };
}

/** Writes progress; false when the browser refuses (storage full or blocked). */
export function saveState(storage: StorageLike, state: PracticeState): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
