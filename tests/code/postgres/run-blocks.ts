import type { Block } from '../blocks.ts';
import type { Problem } from '../report.ts';
import { grammars, splitStatements } from '../sql/parsers.ts';
import type { Client, PostgresError, Result } from './server.ts';

/** What one block did: its problems, and each statement's result (for the plans). */
export interface BlockRun {
  problems: Problem[];
  results: Result[];
}

/**
 * Runs a block's statements one at a time, as `psql` would run the file: each in its own
 * transaction, so `CREATE INDEX CONCURRENTLY` runs as written. The first failing statement ends the
 * block, reported at the line PostgreSQL points at.
 */
export async function runBlock(client: Client, block: Block): Promise<BlockRun> {
  const { PostgreSQL, PostgreSqlLexer } = await grammars();
  const statements = splitStatements(new PostgreSQL(), PostgreSqlLexer.SEMI, block.code);
  const results: Result[] = [];
  for (const statement of statements) {
    try {
      results.push(await client.query(statement.text));
    } catch (error) {
      const { message, position } = error as PostgresError;
      const before = statement.text.slice(0, Math.max(0, Number(position ?? 1) - 1));
      const codeLine = statement.line + before.split('\n').length - 1;
      return { problems: [{ block, codeLine, message: `PostgreSQL: ${message}` }], results };
    }
  }
  return { problems: [], results };
}
