import { fileLine, type Block } from './blocks.ts';

/** One thing a reader would trip over when pasting a block, and where. */
export interface Problem {
  block: Block;
  /** The 1-based line of the block's code the tool points at; 0 for the opening fence. */
  codeLine: number;
  /** The tool's message (Ruff's code and text, the SQL grammar's, PostgreSQL's). */
  message: string;
}

/** What a checker tells the report besides its problems. */
export interface CheckResult {
  problems: Problem[];
  /** One line each for the summary: what was checked, by which tool. */
  notes: string[];
  /** Problems outside the pages (the fixture, the platform's tables), each `file:line: message`. */
  errors?: string[];
}

/** A block's label in messages: its language tag and, when it has one, its title. */
export function label(block: Block, tag = block.lang): string {
  return block.title ? `[${tag}] title "${block.title}"` : `[${tag}] (no title)`;
}

/** `file:line: [lang] title "...": message`, the line an editor jumps to. */
export function formatProblem({ block, codeLine, message }: Problem, tag?: string): string {
  return `${block.file}:${fileLine(block, codeLine)}: ${label(block, tag)}: ${message}`;
}

/** A problem with the block as a whole (its meta, its opt-out), at its opening fence. */
export const blockProblem = (block: Block, message: string): Problem => ({ block, codeLine: 0, message });
