/**
 * Taking progress to another browser: the export file, the check that a file to import is one of
 * ours and whole, what importing it would change (shown before anything changes), and the merge.
 * A file is refused whole or merged whole: existing progress is never half-changed.
 */
import {
  checkState,
  emptyState,
  HISTORY_LIMIT,
  STATE_VERSION,
  type CardRecord,
  type PracticeState,
  type Review,
} from './store.ts';

/** Marks an export file as this site's practice progress; a JSON file without it is refused. */
export const EXPORT_FORMAT = 'data-engineering-answers/practice-progress';
/** Larger than any real export (14 questions, 50 reviews each): anything bigger is not ours. */
export const IMPORT_SIZE_LIMIT = 2_000_000;

/** The export file's text: the progress with a header saying what it is and when it was made. */
export function exportText(state: PracticeState, now: Date): string {
  return `${JSON.stringify(
    { format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...state, version: STATE_VERSION },
    null,
    2,
  )}\n`;
}

/** The export file's name: `practice-progress-2026-03-02.json`. */
export function exportFileName(now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `practice-progress-${day}.json`;
}

export interface ImportFile {
  /** The file's progress, only for questions this site has. */
  state: PracticeState;
  exportedAt: string | undefined;
  /** Slugs in the file that name no question here (a question removed since, or a typo). */
  unknown: string[];
}

const refused = (reason: string) =>
  `This file cannot be imported: ${reason}. Your progress has not been changed.`;

/**
 * Reads a file the reader picked. Refuses, with a message for the reader, anything that is not
 * JSON, not exported from this page, from a newer version, damaged, or about none of the
 * questions here.
 */
export function readImport(
  text: string,
  knownSlugs: readonly string[],
): { ok: true; file: ImportFile } | { ok: false; message: string } {
  if (text.length > IMPORT_SIZE_LIMIT)
    return { ok: false, message: refused('it is far too large to be a progress file') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: refused('it is not a progress file exported from this page (it is not JSON)'),
    };
  }
  const header = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (header['format'] !== EXPORT_FORMAT) {
    return { ok: false, message: refused('it was not exported from this practice page') };
  }
  if (typeof header['version'] === 'number' && header['version'] > STATE_VERSION) {
    return {
      ok: false,
      message: refused(`it was exported by a newer version of this page (version ${header['version']})`),
    };
  }
  const checked = checkState(json);
  if (!checked.ok) return { ok: false, message: refused(`it is damaged (${checked.problem})`) };

  const known = new Set(knownSlugs);
  const keep = <T>(entries: Record<string, T>) =>
    Object.fromEntries(Object.entries(entries).filter(([slug]) => known.has(slug)));
  const unknown = [...new Set([...Object.keys(checked.value.cards), ...Object.keys(checked.value.drafts)])]
    .filter((slug) => !known.has(slug))
    .sort();
  const state = { ...emptyState(), cards: keep(checked.value.cards), drafts: keep(checked.value.drafts) };
  if (Object.keys(state.cards).length === 0 && Object.keys(state.drafts).length === 0) {
    return {
      ok: false,
      message: refused(
        unknown.length > 0
          ? 'it holds progress only for questions this site does not have'
          : 'it holds no progress',
      ),
    };
  }
  const exportedAt = typeof header['exportedAt'] === 'string' ? header['exportedAt'] : undefined;
  return { ok: true, file: { state, exportedAt, unknown } };
}

/** What importing does to one question. */
export interface ImportChange {
  slug: string;
  /**
   * `added`: no progress here yet; `updated`: the file's last review is newer, so its schedule
   * replaces this one; `kept`: this browser's schedule is as new or newer and stays.
   */
  card?: 'added' | 'updated' | 'kept' | undefined;
  /** Reviews in the file this browser does not have. */
  newReviews: number;
  /**
   * Reviews in the file at the same moment as one here but different (another rating or draft):
   * this browser's are kept, and the reader is told.
   */
  conflicts?: number | undefined;
  /** The file's draft is new here, or newer than this browser's. */
  draft?: 'added' | 'updated' | undefined;
}

/**
 * A review is the moment it was rated: one reader cannot rate one question twice in the same
 * millisecond, so two reviews at one moment are copies of one review (the same, or one edited).
 */
const reviewKey = (review: Review) => review.at;
const sameReview = (a: Review, b: Review) => JSON.stringify(a) === JSON.stringify(b);
const lastReview = (record: CardRecord) => record.history.at(-1)?.at ?? record.card.last_review ?? '';

/** What importing `incoming` into `current` would change, question by question; unchanged ones left out. */
export function planImport(current: PracticeState, incoming: PracticeState): ImportChange[] {
  const slugs = [...new Set([...Object.keys(incoming.cards), ...Object.keys(incoming.drafts)])].sort();
  return slugs
    .map((slug): ImportChange => {
      const mine = current.cards[slug];
      const theirs = incoming.cards[slug];
      let card: ImportChange['card'];
      let newReviews = 0;
      let conflicts = 0;
      if (theirs) {
        const known = new Map(mine?.history.map((r) => [reviewKey(r), r]));
        newReviews = theirs.history.filter((r) => !known.has(reviewKey(r))).length;
        conflicts = theirs.history.filter((r) => {
          const here = known.get(reviewKey(r));
          return here !== undefined && !sameReview(here, r);
        }).length;
        card = !mine ? 'added' : lastReview(theirs) > lastReview(mine) ? 'updated' : 'kept';
      }
      const myDraft = current.drafts[slug];
      const theirDraft = incoming.drafts[slug];
      let draft: ImportChange['draft'];
      if (theirDraft && theirDraft.text !== myDraft?.text) {
        if (!myDraft) draft = 'added';
        else if (theirDraft.updatedAt > myDraft.updatedAt) draft = 'updated';
      }
      return { slug, card, newReviews, draft, ...(conflicts > 0 ? { conflicts } : {}) };
    })
    .filter(
      (change) =>
        change.card === 'added' ||
        change.card === 'updated' ||
        change.newReviews > 0 ||
        change.draft ||
        change.conflicts,
    );
}

/**
 * `current` with `incoming` merged in: histories joined (a review in both counts once, and where
 * the two differ this browser's is kept), the schedule of whichever side reviewed last, the newer
 * draft. Importing the same file twice changes nothing the second time.
 */
export function mergeStates(current: PracticeState, incoming: PracticeState): PracticeState {
  const cards = { ...current.cards };
  for (const [slug, theirs] of Object.entries(incoming.cards)) {
    const mine = cards[slug];
    if (!mine) {
      cards[slug] = theirs;
      continue;
    }
    // This browser's reviews last, so they win when both sides have one at the same moment.
    const byKey = new Map([...theirs.history, ...mine.history].map((r) => [reviewKey(r), r]));
    const history = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at)).slice(-HISTORY_LIMIT);
    const newer = lastReview(theirs) > lastReview(mine) ? theirs : mine;
    cards[slug] = { card: newer.card, history };
  }
  const drafts = { ...current.drafts };
  for (const [slug, theirs] of Object.entries(incoming.drafts)) {
    const mine = drafts[slug];
    if (!mine || theirs.updatedAt > mine.updatedAt) drafts[slug] = theirs;
  }
  return { version: STATE_VERSION, cards, drafts };
}
