/**
 * What the practice page says about progress: what is due, per theme how many questions were
 * practised, and how a date or a review reads. The same functions write the page at build time
 * (for a reader with no progress yet) and update it in the browser, so the first paint already
 * has the text the script would write and nothing moves.
 */
import type { PracticeQuestion, PracticeTheme } from './questions.ts';
import { dueDate, endOfDay, isDue, ratingLabel } from './schedule.ts';
import type { PracticeState, RatingName, Review } from './store.ts';

/**
 * The questions due today, most overdue first, then those never practised in question order.
 * `theme` narrows them to one theme.
 */
export function dueQuestions(
  questions: readonly PracticeQuestion[],
  state: PracticeState,
  now: Date,
  theme?: string,
): PracticeQuestion[] {
  const due = questions.filter((q) => (!theme || q.theme === theme) && isDue(state.cards[q.slug], now));
  const time = (q: PracticeQuestion) => dueDate(state.cards[q.slug])?.getTime() ?? Infinity;
  return due.sort((a, b) => time(a) - time(b) || a.number - b.number);
}

export interface ThemeProgress {
  key: string;
  label: string;
  total: number;
  practised: number;
  due: number;
  /** The latest rating of any question of the theme. */
  last?: { rating: RatingName; at: string; slug: string } | undefined;
}

/** Per theme: questions practised at least once, due today, and the latest rating. */
export function themeProgress(
  questions: readonly PracticeQuestion[],
  themes: readonly PracticeTheme[],
  state: PracticeState,
  now: Date,
): ThemeProgress[] {
  return themes.map((theme) => {
    const inTheme = questions.filter((q) => q.theme === theme.key);
    const reviews = inTheme.flatMap((q) =>
      (state.cards[q.slug]?.history ?? []).map((review) => ({ ...review, slug: q.slug })),
    );
    const last = reviews.sort((a, b) => b.at.localeCompare(a.at))[0];
    return {
      key: theme.key,
      label: theme.label,
      total: inTheme.length,
      practised: inTheme.filter((q) => (state.cards[q.slug]?.history.length ?? 0) > 0).length,
      due: inTheme.filter((q) => isDue(state.cards[q.slug], now)).length,
      last: last && { rating: last.rating, at: last.at, slug: last.slug },
    };
  });
}

/** The sentence at the top of the practice page. */
export function dueSummary(dueCount: number, newCount: number, total: number): string {
  if (dueCount === 0) return `Nothing is due today: all ${total} questions are scheduled for later.`;
  const questions = dueCount === 1 ? '1 question is' : `${dueCount} questions are`;
  if (newCount === dueCount) return `${questions} waiting for a first practice.`;
  const reviews = dueCount - newCount;
  return `${questions} due today: ${reviews} to review${newCount > 0 ? `, ${newCount} never practised` : ''}.`;
}

// Dates. English like the rest of the site (`en-GB`: "Thu 5 Mar"), in the reader's time zone.

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const longDayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** Whole calendar days from `now`'s day to `date`'s day, in the reader's time zone. */
export function daysFrom(now: Date, date: Date): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(date) - start(now)) / 86_400_000);
}

/** "in 3 days", "tomorrow", "today": how far a due date is. */
export function relativeDay(now: Date, date: Date): string {
  if (date <= endOfDay(now)) return 'today';
  const days = daysFrom(now, date);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** "Thu 5 Mar (in 3 days)": a due date for a table cell. */
export function shortDue(now: Date, date: Date): string {
  return date <= endOfDay(now) ? 'Today' : `${dayFormat.format(date)} (${relativeDay(now, date)})`;
}

/** "Thursday 5 March 2026, in 3 days": a due date for a sentence a screen reader announces. */
export function longDue(now: Date, date: Date): string {
  return date <= endOfDay(now) ? 'today' : `${longDayFormat.format(date)}, ${relativeDay(now, date)}`;
}

/** "2 Mar 2026" */
export function shortDate(iso: string): string {
  return shortDateFormat.format(new Date(iso));
}

/** "Good, 2 Mar": the last rating in a narrow table cell (the history has the year). */
export function lastRatingText(last: ThemeProgress['last']): string {
  return last ? `${ratingLabel(last.rating)}, ${dayMonthFormat.format(new Date(last.at))}` : 'Not yet';
}

/** "1 Mar 2026, 10:00": when a file was exported. */
export function dateTime(iso: string): string {
  return `${shortDate(iso)}, ${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/** "2 Mar 2026 · Good · 4 of 6 key points": one line of a question's history. */
export function reviewLine(review: Review): string {
  return `${shortDate(review.at)} · ${ratingLabel(review.rating)} · ${review.covered} of ${review.total} key points`;
}

/** What "next" offers on the question view. */
export interface NextQuestionInput {
  questions: readonly PracticeQuestion[];
  state: PracticeState;
  now: Date;
  /** The theme filter, '' for all. */
  theme: string;
  /** How the reader got here: what is due (the default), or at random. */
  mode: 'due' | 'random';
  /** Questions rated or skipped in this visit, the current one included. */
  seen: ReadonlySet<string>;
  current: string | undefined;
  /** A number in [0, 1), as Math.random gives. */
  random: () => number;
}

/**
 * The next question: in due mode, the most overdue question of the filter not yet seen in this
 * visit (none when all are done); at random, any question of the filter not yet seen, and once
 * every one has been, any but the current one, so the reader can go on practising.
 */
export function nextQuestionChoice(input: NextQuestionInput): PracticeQuestion | undefined {
  const { questions, state, now, theme, mode, seen, current, random } = input;
  const pool =
    mode === 'random'
      ? questions.filter((q) => !theme || q.theme === theme)
      : dueQuestions(questions, state, now, theme);
  const fresh = pool.filter((q) => !seen.has(q.slug));
  if (mode === 'due') return fresh[0];
  const choices = fresh.length > 0 ? fresh : pool.filter((q) => q.slug !== current);
  return choices[Math.floor(random() * choices.length)];
}
