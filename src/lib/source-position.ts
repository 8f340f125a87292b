import { readFileSync } from 'node:fs';

/** A place in a source file, for error messages an editor can jump to (`file:line`). */
export interface SourcePosition {
  file: string;
  line: number;
}

/**
 * Finds the 1-based line of a frontmatter key (`number:` finds `  number: 3`).
 * Falls back to line 1 so a message always has a position to show.
 */
export function lineOfKey(source: string, key: string): number {
  const pattern = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? 1 : index + 1;
}

/** Finds the 1-based line of the first line that contains `text`, or 1 when absent. */
export function lineOfText(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  return index === -1 ? 1 : index + 1;
}

/** `lineOfKey` for a file on disk; unreadable files point at line 1. */
export function positionOfKey(file: string, key: string): SourcePosition {
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // The file may be virtual (tests); line 1 still names the file.
  }
  return { file, line: lineOfKey(source, key) };
}

export function formatPosition({ file, line }: SourcePosition): string {
  return `${file}:${line}`;
}

/** An error that carries every problem found, one `file:line message` per line. */
export class ContentError extends Error {
  readonly problems: { position: SourcePosition; message: string }[];

  constructor(problems: { position: SourcePosition; message: string }[], heading = 'Content is invalid') {
    super(`${heading}:\n` + problems.map((p) => `  ${formatPosition(p.position)}  ${p.message}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
