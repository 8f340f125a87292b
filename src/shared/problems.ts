import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { escapeRegExp } from './text.ts';

/**
 * Problems an author must fix, each at a place in a source file, and the lines to point them at.
 * Every check of the site reports through this module, so every message reads `file:line  what`.
 */

/** A place in a source file, for messages an editor can jump to (`file:line`). */
export interface SourcePosition {
  /** Path relative to the project root. */
  file: string;
  /** 1-based. */
  line: number;
}

/** One thing to fix, and where. */
export interface Problem {
  position: SourcePosition;
  message: string;
}

function formatPosition({ file, line }: SourcePosition): string {
  return `${file}:${line}`;
}

/** `file:line  message`, the form every check prints. */
export function formatProblem(problem: Problem): string {
  return `${formatPosition(problem.position)}  ${problem.message}`;
}

/**
 * Every problem a check found, reported together, one `file:line  message` per line. An Astro
 * error, so Astro prints it as it prints its own (message, then the hint) and stops the build.
 */
export class ContentError extends AstroError {
  readonly problems: readonly Problem[];
  /** Where Astro points the reader: the first problem, not this module. */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(problems: readonly Problem[], heading = 'Content is invalid') {
    super(
      `${heading}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      'Fix each line above; every message names the file and the line.',
    );
    this.name = 'ContentError';
    this.problems = problems;
    const first = problems[0]?.position;
    this.loc = first && { file: first.file, line: first.line, column: 1 };
    // The author needs the lines above, not where in the site's code they were found.
    this.stack = '';
  }
}

/** Throws a `ContentError` when there is anything to report. */
export function throwIfProblems(problems: readonly Problem[], heading: string): void {
  if (problems.length > 0) throw new ContentError(problems, heading);
}

// Finding lines. Each returns a 1-based line number, never nothing: a message always has a
// position to show, so when nothing matches the answer is line 1 (or the line searched from).

/** The first line at or after `from` that passes `test`, or undefined. */
function findLine(source: string, test: (line: string) => boolean, from = 1): number | undefined {
  const lines = source.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (test(lines[i] ?? '')) return i + 1;
  return undefined;
}

const keyPattern = (key: string) => new RegExp(`^\\s*${escapeRegExp(key)}\\s*:`);

/** The line of a YAML key (`number` finds `  number: 3`), at or after line `from`. */
export function lineOfKey(source: string, key: string, from = 1): number {
  const pattern = keyPattern(key);
  return findLine(source, (line) => pattern.test(line), from) ?? 1;
}

/** The first line containing `text`, at or after line `from`. */
export function lineOfText(source: string, text: string, from = 1): number {
  return findLine(source, (line) => line.includes(text), from) ?? 1;
}

/**
 * The first line, at or after line `from`, that has `word` as a whole word (hyphens count as part
 * of a word: `shuffle` does not match in `shuffle-join`). Falls back to `from`: the line of the
 * list the word should have been in.
 */
export function lineOfWord(source: string, word: string, from = 1): number {
  const pattern = new RegExp(`(^|[^\\w-])${escapeRegExp(word)}([^\\w-]|$)`);
  return findLine(source, (line) => pattern.test(line), from) ?? from;
}

/**
 * The line of a dotted frontmatter field (`answer.theme`), or of the deepest part of it that the
 * file has: a missing field points at its parent block. Array indexes (`concepts.2`) are skipped.
 */
export function lineOfField(source: string, field: string): number {
  let line = 1;
  for (const key of field.split('.').filter((part) => !/^\d+$/.test(part))) {
    const pattern = keyPattern(key);
    const found = findLine(source, (text) => pattern.test(text), line === 1 ? 1 : line + 1);
    if (found === undefined) break;
    line = found;
  }
  return line;
}

/** A file's text, or '' when it cannot be read (a message then points at line 1 of it). */
export function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
