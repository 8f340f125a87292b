import { readContentFiles, type ContentFile } from '../shared/content.ts';
import { isSlug, slugIn } from '../shared/ids.ts';
import { ContentError, lineOfField, lineOfKey, readSource, type Problem } from '../shared/problems.ts';
import { pagePath } from '../shared/urls.ts';
import { ANSWER_COUNT, AnswerSchema, type AnswerFrontmatter } from './schema.ts';
import { themes, type ThemeKey } from './themes.ts';
import { projectRoot } from '../shared/project.ts';

/**
 * The answers: one model, whether read through Astro's content collection (pages) or straight
 * from disk (the diagram CLI, checks, tests and benchmarks).
 */

/** The part of a page the answer model needs: an `astro:content` entry or a file read from disk. */
export interface DocsEntryLike {
  id: string;
  filePath?: string | undefined;
  data: { title: string; description?: string | undefined; answer?: AnswerFrontmatter | undefined };
  /** The page's Markdown after the frontmatter. */
  body?: string | undefined;
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
  /** The MDX source file, relative to the project root. */
  filePath: string;
  /** The page's Markdown after the frontmatter. */
  body: string;
  meta: AnswerFrontmatter;
}

/**
 * Turns pages into answers sorted by question number, and lists what the schema cannot see on its
 * own: every page under `answers/` has an `answer:` block and a description, numbers are unique and
 * complete, and slugs are URL-safe. Each problem has its file and line.
 */
export function checkAnswers(
  entries: readonly DocsEntryLike[],
  options: { expectedCount?: number } = {},
): { answers: Answer[]; problems: Problem[] } {
  const expectedCount = options.expectedCount ?? ANSWER_COUNT;
  const problems: Problem[] = [];
  const answers: Answer[] = [];

  for (const entry of entries) {
    const slug = slugIn('answers', entry.id);
    if (slug === undefined) continue;
    const filePath = entry.filePath ?? `src/content/docs/${entry.id}.mdx`;
    const at = (key: string) => ({ file: filePath, line: lineOfKey(readSource(filePath), key) });
    if (!isSlug(slug)) {
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
        position: at('title'),
        message: '"description" is required on answer pages: one line for meta tags and cards',
      });
    }
    answers.push({
      id: entry.id,
      slug,
      path: pagePath(entry.id),
      question: entry.data.title,
      description: entry.data.description ?? '',
      filePath,
      body: entry.body ?? '',
      meta: entry.data.answer,
    });
  }

  const byNumber = new Map<number, Answer>();
  for (const answer of answers) {
    const first = byNumber.get(answer.meta.number);
    if (first) {
      problems.push({
        position: { file: answer.filePath, line: lineOfKey(readSource(answer.filePath), 'number') },
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
  return { answers: answers.sort((a, b) => a.meta.number - b.meta.number), problems };
}

/** `checkAnswers`, throwing every problem at once. */
export function collectAnswers(
  entries: readonly DocsEntryLike[],
  options: { expectedCount?: number } = {},
): Answer[] {
  const { answers, problems } = checkAnswers(entries, options);
  if (problems.length > 0) throw new ContentError(problems, 'Invalid answers');
  return answers;
}

/**
 * Pages read from disk as entries, their `answer:` block checked against the schema (so defaults
 * apply, as in Astro). A block the schema rejects is a problem at the field's line.
 */
export function entriesFromFiles(files: readonly ContentFile[]): {
  entries: DocsEntryLike[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const entries = files.map((file): DocsEntryLike => {
    const { title, description, answer } = file.frontmatter;
    let parsed: AnswerFrontmatter | undefined;
    if (answer !== undefined) {
      const result = AnswerSchema.safeParse(answer);
      if (result.success) parsed = result.data;
      for (const issue of result.error?.issues ?? []) {
        const field = ['answer', ...issue.path.map(String)].join('.');
        problems.push({
          position: { file: file.file, line: lineOfField(file.source, field) },
          message: `${field}: ${issue.message}`,
        });
      }
    }
    return {
      id: file.id,
      filePath: file.file,
      body: file.body,
      data: {
        title: String(title ?? file.id),
        description: typeof description === 'string' ? description : undefined,
        answer: parsed,
      },
    };
  });
  return { entries, problems };
}

/** The answers among pages read from disk. Throws every problem at once. */
function answersFromFiles(files: readonly ContentFile[]): Answer[] {
  const { entries, problems } = entriesFromFiles(files);
  if (problems.length > 0) throw new ContentError(problems, 'Invalid answers');
  return collectAnswers(entries);
}

/** The answers as they are on disk, for code that runs outside Astro (tests, benchmarks). */
export function readAnswers(root = projectRoot()): Answer[] {
  return answersFromFiles(readContentFiles(root));
}

let answersPromise: Promise<Answer[]> | undefined;

/**
 * All answers from Astro's content collection, validated and sorted by number. Loaded once per
 * build: every page's sidebar, pagination and cards read the same list. (`astro:content` is
 * imported when called, so this module also loads in plain Node.)
 */
export function getAnswers(): Promise<Answer[]> {
  answersPromise ??= import('astro:content')
    .then(({ getCollection }) => getCollection('docs'))
    .then((entries) => collectAnswers(entries));
  return answersPromise;
}

/** The answer whose page has this content id, if it is an answer page. */
export async function answerOfPage(id: string): Promise<Answer | undefined> {
  return (await getAnswers()).find((answer) => answer.id === id);
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
