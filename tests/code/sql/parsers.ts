import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';

/**
 * The grammars of `dt-sql-parser` (ANTLR 4, its Spark grammar adapted from Spark 3.5's own), loaded
 * from a bundle. Its ESM build imports directories, which Node cannot load, so esbuild bundles the
 * two entry points once into `node_modules/.cache/test-code/`, keyed by both versions.
 */

/** An ANTLR token, as much of it as the checks read. */
export interface Token {
  type: number;
  channel: number;
  text: string | undefined;
  /** 0-based offsets of the first and last character in the input. */
  start: number;
  stop: number;
  /** 1-based line and 0-based column. */
  line: number;
  column: number;
}

/** What `dt-sql-parser` reports for a syntax error. */
export interface ParseError {
  startLine: number;
  startColumn: number;
  message: string;
}

interface Lexer {
  getAllTokens(): Token[];
  removeErrorListeners(): void;
  vocabulary: { getSymbolicName(type: number): string | null };
}

/** One grammar of `dt-sql-parser` (`SparkSQL`, `PostgreSQL`). */
export interface Grammar {
  parse(input: string, onError: (error: ParseError) => void): unknown;
  createLexer(input: string, onError?: (error: ParseError) => void): Lexer;
}

interface Bundle {
  SparkSQL: new () => Grammar;
  PostgreSQL: new () => Grammar;
  SparkSqlLexer: { SEMICOLON: number };
  PostgreSqlLexer: { SEMI: number };
}

const require = createRequire(import.meta.url);
const ENTRY = `
export { SparkSQL } from 'dt-sql-parser/dist/parser/spark/index.js';
export { PostgreSQL } from 'dt-sql-parser/dist/parser/postgresql/index.js';
export { SparkSqlLexer } from 'dt-sql-parser/dist/lib/spark/SparkSqlLexer.js';
export { PostgreSqlLexer } from 'dt-sql-parser/dist/lib/postgresql/PostgreSqlLexer.js';
`;

let loaded: Promise<Bundle> | undefined;

async function bundle(): Promise<Bundle> {
  const packageJson = require.resolve('dt-sql-parser/package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const dir = join(process.cwd(), 'node_modules/.cache/test-code');
  const file = join(dir, `dt-sql-parser-${version}-esbuild-${esbuildVersion}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await build({
      stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: partial,
      logLevel: 'silent',
    });
    // Two runs at once each write their own file; the rename makes whichever lands whole.
    renameSync(partial, file);
  }
  return (await import(pathToFileURL(file).href)) as Bundle;
}

/** The bundle, built the first time it is needed. */
export function grammars(): Promise<Bundle> {
  return (loaded ??= bundle());
}

/** A statement of a block: its text, and where it starts in the block. */
export interface Statement {
  text: string;
  /** 0-based offset in the block's code. */
  offset: number;
  /** 1-based line of the block's code on which the statement starts. */
  line: number;
  /** 0-based column of that line where the statement starts. */
  column: number;
}

/**
 * Splits SQL into statements at the `;` tokens of a grammar's lexer, so semicolons inside strings,
 * quoted names and comments never split. Statements with nothing but comments are dropped.
 */
export function splitStatements(grammar: Grammar, semicolon: number, code: string): Statement[] {
  const lexer = grammar.createLexer(code, () => undefined);
  lexer.removeErrorListeners();
  const statements: Statement[] = [];
  let current: Token[] = [];
  const flush = (end: number) => {
    const visible = current.filter((t) => t.channel === 0);
    const first = visible[0];
    if (first)
      statements.push({
        text: code.slice(first.start, end),
        offset: first.start,
        line: first.line,
        column: first.column,
      });
    current = [];
  };
  for (const token of lexer.getAllTokens()) {
    if (token.type === semicolon && token.channel === 0) flush(token.start);
    else current.push(token);
  }
  flush(code.length);
  return statements.map((s) => ({ ...s, text: s.text.trimEnd() }));
}
