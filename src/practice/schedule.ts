/**
 * Spaced repetition with FSRS (`ts-fsrs`): what a rating does to a question's card and when the
 * question is due again. The site adds no scheduling of its own; it only stores FSRS's cards as
 * JSON and decides what "due today" means.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { HISTORY_LIMIT, type CardRecord, type RatingName, type StoredCard } from './store.ts';

/**
 * FSRS's defaults, in whole days: `enable_short_term: false` because a reader rehearses once a day,
 * not every ten minutes (Again means "tomorrow", not "in a minute"); no fuzz, so a rating always
 * gives the same date (the tests compute it with ts-fsrs from these same parameters).
 */
export const FSRS_PARAMETERS = generatorParameters({ enable_fuzz: false, enable_short_term: false });

const scheduler = fsrs(FSRS_PARAMETERS);

/** The four ratings in the order they are offered, with the key that gives each. */
export const RATINGS: readonly { name: RatingName; label: string; key: string; grade: Grade }[] = [
  { name: 'again', label: 'Again', key: '1', grade: Rating.Again },
  { name: 'hard', label: 'Hard', key: '2', grade: Rating.Hard },
  { name: 'good', label: 'Good', key: '3', grade: Rating.Good },
  { name: 'easy', label: 'Easy', key: '4', grade: Rating.Easy },
];

export function ratingLabel(name: RatingName): string {
  return RATINGS.find((r) => r.name === name)?.label ?? name;
}

function toStored(card: Card): StoredCard {
  // Every FSRS field, as it is (including `elapsed_days`, deprecated but still part of `Card`).
  const { due, last_review, ...fields } = card;
  return { ...fields, due: due.toISOString(), last_review: last_review?.toISOString() };
}

function fromStored(card: StoredCard): Card {
  const { last_review, ...rest } = card;
  return {
    ...rest,
    due: new Date(card.due),
    state: card.state,
    ...(last_review ? { last_review: new Date(last_review) } : {}),
  };
}

/** A question's card before its first rating: FSRS's empty card. */
function cardOf(record: CardRecord | undefined, now: Date): Card {
  return record ? fromStored(record.card) : createEmptyCard(now);
}

/** What the reader covered when they rated: ticked key points, of how many, and their draft. */
export interface Attempt {
  covered: number;
  total: number;
  draft?: string | undefined;
}

/** The question's record after the reader rated it `rating` at `now`: FSRS's next card, one more review. */
export function rate(
  record: CardRecord | undefined,
  rating: RatingName,
  now: Date,
  attempt: Attempt,
): CardRecord {
  const grade = RATINGS.find((r) => r.name === rating)?.grade ?? Rating.Good;
  const { card } = scheduler.next(cardOf(record, now), now, grade);
  const stored = toStored(card);
  const draft = attempt.draft?.trim();
  const review = {
    at: now.toISOString(),
    rating,
    covered: attempt.covered,
    total: attempt.total,
    due: stored.due,
    ...(draft ? { draft } : {}),
  };
  return { card: stored, history: [...(record?.history ?? []), review].slice(-HISTORY_LIMIT) };
}

/** When each rating would bring the question back, for the rating buttons. */
export function nextDueDates(record: CardRecord | undefined, now: Date): Record<RatingName, Date> {
  const preview = scheduler.repeat(cardOf(record, now), now);
  return Object.fromEntries(RATINGS.map((r) => [r.name, preview[r.grade].card.due])) as Record<
    RatingName,
    Date
  >;
}

/** The end of the reader's day: what is due by then is "due today". */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** When the question is next due; undefined for a question never practised (due at once). */
export function dueDate(record: CardRecord | undefined): Date | undefined {
  return record ? new Date(record.card.due) : undefined;
}

/** Due today: never practised, or scheduled for today or earlier. */
export function isDue(record: CardRecord | undefined, now: Date): boolean {
  const due = dueDate(record);
  return due === undefined || due <= endOfDay(now);
}
