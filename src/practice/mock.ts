/**
 * The mock interview: three questions, one from each of three themes drawn at random, each timed.
 * The session is kept apart from the spaced-repetition progress (a mock rehearses the interview,
 * it does not rate anything) so a reload resumes it and finishing it changes no schedule.
 */
import type { PracticeQuestion } from './questions.ts';

/** Where a mock interview in progress is kept, apart from the progress (`STORAGE_KEY`). */
export const MOCK_STORAGE_KEY = 'de-answers.practice.mock.v1';
export const MOCK_QUESTION_COUNT = 3;

export interface MockAnswer {
  slug: string;
  draft: string;
  /** Time spent on the question so far, in milliseconds, not counting the current stretch. */
  spentMs: number;
}

export interface MockSession {
  answers: MockAnswer[];
  /** The question being answered; equal to `answers.length` once the interview is over. */
  current: number;
  /** When the reader opened the current question (ISO); time since then is added on leaving it. */
  since: string;
  timerHidden: boolean;
}

/**
 * Three questions, each from a different theme, themes and questions drawn with `random`
 * (`Math.random` by default; a seeded one in tests). Fewer when the site has fewer themes.
 */
export function pickMockQuestions(
  questions: readonly PracticeQuestion[],
  random: () => number = Math.random,
): PracticeQuestion[] {
  const themes = [...new Set(questions.map((q) => q.theme))];
  const picked: PracticeQuestion[] = [];
  while (picked.length < MOCK_QUESTION_COUNT && themes.length > 0) {
    const [theme] = themes.splice(Math.floor(random() * themes.length), 1);
    const inTheme = questions.filter((q) => q.theme === theme);
    const question = inTheme[Math.floor(random() * inTheme.length)];
    if (question) picked.push(question);
  }
  return picked;
}

export function startMock(
  questions: readonly PracticeQuestion[],
  now: Date,
  timerHidden = false,
): MockSession {
  return {
    answers: questions.map((q) => ({ slug: q.slug, draft: '', spentMs: 0 })),
    current: 0,
    since: now.toISOString(),
    timerHidden,
  };
}

/** Time on the current question, shown by the timer. */
export function currentSpentMs(session: MockSession, now: Date): number {
  const answer = session.answers[session.current];
  if (!answer) return 0;
  return answer.spentMs + Math.max(0, now.getTime() - Date.parse(session.since));
}

/** The session after the reader moves on from the current question (the last one ends it). */
export function advanceMock(session: MockSession, now: Date): MockSession {
  const spent = currentSpentMs(session, now);
  return {
    ...session,
    answers: session.answers.map((a, i) => (i === session.current ? { ...a, spentMs: spent } : a)),
    current: Math.min(session.current + 1, session.answers.length),
    since: now.toISOString(),
  };
}

export function isMockOver(session: MockSession): boolean {
  return session.current >= session.answers.length;
}

/** Whole seconds, rounded the same way for the timer and for screen readers (999 ms is 1 s). */
const wholeSeconds = (ms: number) => Math.round(Math.max(0, ms) / 1000);

/** "2:05", "12:00", "1:02:03": a duration for the timer. */
export function formatDuration(ms: number): string {
  const total = wholeSeconds(ms);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "2 minutes 5 seconds": a duration for a screen reader. */
export function spokenDuration(ms: number): string {
  const total = wholeSeconds(ms);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (m === 0) return part(s, 'second');
  return s === 0 ? part(m, 'minute') : `${part(m, 'minute')} ${part(s, 'second')}`;
}

/** A stored session, or undefined when there is none or it does not fit the questions any more. */
export function readMockSession(raw: string | null, knownSlugs: readonly string[]): MockSession | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<MockSession>;
    const answers = value.answers;
    if (
      !Array.isArray(answers) ||
      answers.length === 0 ||
      !answers.every(
        (a) =>
          typeof a === 'object' &&
          a !== null &&
          knownSlugs.includes(a.slug) &&
          typeof a.draft === 'string' &&
          typeof a.spentMs === 'number',
      ) ||
      typeof value.current !== 'number' ||
      value.current < 0 ||
      value.current > answers.length ||
      typeof value.since !== 'string' ||
      Number.isNaN(Date.parse(value.since))
    ) {
      return undefined;
    }
    return {
      answers: answers.map(({ slug, draft, spentMs }) => ({ slug, draft, spentMs })),
      current: value.current,
      since: value.since,
      timerHidden: value.timerHidden === true,
    };
  } catch {
    return undefined;
  }
}
