import { ANSWER_COUNT, type AnswerFrontmatter } from '../schemas/answer.ts';
import { themes, type ThemeKey } from '../data/themes.ts';
import { ContentError, positionOfKey, type SourcePosition } from './source-position.ts';

/** The part of a docs collection entry that the answer logic needs. */
export interface DocsEntryLike {
  id: string;
  filePath?: string | undefined;
  data: { title: string; description?: string | undefined; answer?: AnswerFrontmatter | undefined };
}

export interface Answer {
  /** Collection id, e.g. `answers/spark-performance-and-cost`. */
  id: string;
  /** URL slug under `/answers/`, e.g. `spark-performance-and-cost`. */
  slug: string;
  /** Path of the page relative to the site base, with a trailing slash. */
  path: string;
  question: string;
  description: string;
  filePath: string;
  meta: AnswerFrontmatter;
}

export const ANSWERS_DIR = 'answers/';

export function isAnswerId(id: string): boolean {
  return id.startsWith(ANSWERS_DIR);
}

export function answerSlug(id: string): string {
  return id.slice(ANSWERS_DIR.length);
}

/** A slug is lower-case words joined by single hyphens: the only URLs we promise to keep. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/**
 * Turns docs entries into answers sorted by question number, checking what the schema cannot see
 * on its own: every page under `answers/` has an `answer:` block, numbers are unique and complete,
 * and slugs are URL-safe. Every problem is reported at once, each with its file and line.
 */
export function collectAnswers(
  entries: readonly DocsEntryLike[],
  options: { expectedCount?: number } = {},
): Answer[] {
  const expectedCount = options.expectedCount ?? ANSWER_COUNT;
  const problems: { position: SourcePosition; message: string }[] = [];
  const answers: Answer[] = [];

  for (const entry of entries.filter((e) => isAnswerId(e.id))) {
    const filePath = entry.filePath ?? `src/content/docs/${entry.id}.mdx`;
    const slug = answerSlug(entry.id);
    if (!isValidSlug(slug)) {
      problems.push({
        position: { file: filePath, line: 1 },
        message: `slug "${slug}" must be lower-case words joined by hyphens`,
      });
    }
    if (!entry.data.answer) {
      problems.push({
        position: { file: filePath, line: 1 },
        message: 'an answer page needs an "answer:" frontmatter block (number, theme, shortTitle)',
      });
      continue;
    }
    if (!entry.data.description) {
      problems.push({
        position: positionOfKey(filePath, 'title'),
        message: '"description" is required on answer pages: one line for meta tags and cards',
      });
    }
    answers.push({
      id: entry.id,
      slug,
      path: `/answers/${slug}/`,
      question: entry.data.title,
      description: entry.data.description ?? '',
      filePath,
      meta: entry.data.answer,
    });
  }

  const byNumber = new Map<number, Answer>();
  for (const answer of answers) {
    const first = byNumber.get(answer.meta.number);
    if (first) {
      problems.push({
        position: positionOfKey(answer.filePath, 'number'),
        message: `duplicate answer number ${answer.meta.number}: ${first.filePath} has it too`,
      });
    } else {
      byNumber.set(answer.meta.number, answer);
    }
  }
  for (let n = 1; n <= expectedCount; n++) {
    if (!byNumber.has(n)) {
      problems.push({
        position: { file: 'src/content/docs/answers/', line: 1 },
        message: `no answer has number ${n}: every question from 1 to ${expectedCount} needs a page`,
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems, 'Invalid answers');
  return answers.sort((a, b) => a.meta.number - b.meta.number);
}

export interface ThemeGroup {
  key: ThemeKey;
  label: string;
  answers: Answer[];
}

/** Groups answers by theme, in the order themes are declared, answers by number; empty themes dropped. */
export function groupByTheme(answers: readonly Answer[]): ThemeGroup[] {
  return themes
    .map((theme) => ({
      key: theme.key,
      label: theme.label,
      answers: answers
        .filter((a) => a.meta.theme === theme.key)
        .sort((a, b) => a.meta.number - b.meta.number),
    }))
    .filter((group) => group.answers.length > 0);
}

/** Previous and next answer in question order (not sidebar order, which groups by theme). */
export function neighbours(
  answers: readonly Answer[],
  id: string,
): { prev: Answer | undefined; next: Answer | undefined } {
  const sorted = [...answers].sort((a, b) => a.meta.number - b.meta.number);
  const index = sorted.findIndex((a) => a.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}
