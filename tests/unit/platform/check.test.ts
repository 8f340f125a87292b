import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlatform, parsePlatform, readPlatform } from '../../../src/platform/index.ts';
import { ContentError, formatProblem } from '../../../src/shared/problems.ts';

// The platform check as a spec: what a page or a diagram may say about the platform's tables.

const platformYaml = `catalog: lake
storage:
  bronze:
    path: 's3://lake-bronze/client={client_id}/'
    description: Client deliveries exactly as received.
schemas:
  silver: Typed, deduplicated Delta tables.
  gold: Tables shaped for a consumer.
tables:
  lake.silver.orders:
    description: One row per order, the latest version.
    key: [client_id, order_id]
    write: merge
    writeRule: MERGE on (client_id, order_id).
    repair: replace-slice
    layout: { clusterBy: [client_id, order_date] }
    writtenBy: jobs/silver_orders.py
    columns:
      client_id: STRING NOT NULL
      order_id: STRING NOT NULL
      order_date: DATE NOT NULL
  lake.gold.daily_revenue:
    description: Revenue per client and day.
    key: [client_id, order_date]
    write: replace-slice
    writtenBy: jobs/gold_daily_revenue.py
    columns:
      client_id: STRING NOT NULL
      order_date: DATE NOT NULL
      revenue: DECIMAL(28,2) NOT NULL
postgres:
  version: 18
  tables:
    orders:
      description: One row per order.
      columns:
        order_id: bigint PRIMARY KEY
        ordered_at: timestamptz NOT NULL
pipelines:
  daily_orders:
    dagId: 'daily_orders_{client_id}'
    description: One DAG per client, generated from configuration.
    jobs: [jobs/silver_orders.py, jobs/gold_daily_revenue.py]
`;

const loaded = parsePlatform(platformYaml, 'platform.yaml');

/** The problems of one page, as `line  message`. */
function problemsOf(page: string, diagram = ''): string[] {
  return checkPlatform(
    loaded,
    [{ file: 'page.mdx', text: page }],
    diagram ? [{ file: 'd.mmd', text: diagram }] : [],
  ).map((p) => formatProblem(p).replace(/^[^:]+:/, ''));
}

const fence = (lang: string, code: string, meta = '') =>
  `\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${code}\n\`\`\``;

describe('names on pages and diagrams', () => {
  it('accepts platform tables with or without the catalog, in prose, inline code and code', () => {
    const page = [
      'Orders land in `lake.silver.orders`; gold.daily_revenue reads silver.orders.',
      fence('python', 'spark.read.table("silver.orders")'),
      fence('sql', 'SELECT * FROM lake.gold.daily_revenue', 'dialect=spark'),
    ].join('\n\n');
    assert.deepEqual(problemsOf(page), []);
  });

  it('names the line of a table the platform does not have', () => {
    const problems = problemsOf(['# Title', '', 'Read from `silver.order` first.'].join('\n'));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^3 {2}"silver\.order" is not a platform table/);
  });

  it('rejects other catalogs and bronze tables', () => {
    const problems = problemsOf(
      fence('sql', 'SELECT 1\nFROM main.silver.orders JOIN bronze.orders_raw', 'dialect=spark'),
    );
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /^3 {2}"main\.silver\.orders": the platform's catalog is lake/);
    assert.match(problems[1]!, /^3 {2}"bronze\.orders_raw": bronze is files, not tables/);
  });

  it('leaves other dotted names alone: modules, methods, aliases, paths', () => {
    const page = [
      'Import from `airflow.sdk`; call `F.col` on `df.write`; see jobs/silver_orders.py and s3://x.y/z.',
      // A file named like a schema's table is still a file: `silver.py`, `gold.sql`.
      'The helpers live in `silver.py`, the DDL in `gold.sql`.',
      fence('python', 'from pyspark.sql import functions as F\nsilver = df\nsilver.write.format("delta")'),
    ].join('\n\n');
    assert.deepEqual(problemsOf(page), []);
  });

  it('reads diagrams line by line', () => {
    assert.deepEqual(problemsOf('', 'flowchart LR\n  a[gold.revenue] --> b'), [
      '2  "gold.revenue" is not a platform table or function: add lake.gold.revenue to src/content/platform.yaml or use one it lists',
    ]);
  });
});

describe('how code writes platform tables', () => {
  it('accepts the declared write and the declared repair', () => {
    const page = [
      fence(
        'sql',
        'MERGE INTO lake.silver.orders AS t\nUSING s ON t.order_id = s.order_id\nWHEN NOT MATCHED THEN INSERT *',
        'dialect=spark',
      ),
      fence('python', 'df.write.mode("overwrite").option("replaceWhere", "x").saveAsTable("silver.orders")'),
      fence('python', 'DeltaTable.forName(spark, "lake.silver.orders").alias("t").merge(s, "c").execute()'),
    ].join('\n\n');
    assert.deepEqual(problemsOf(page), []);
  });

  it('names the line of a write that contradicts the table', () => {
    const page = fence(
      'python',
      'x = 1\n(df.write\n  .mode("append")\n  .saveAsTable("lake.gold.daily_revenue"))',
    );
    const problems = problemsOf(page);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /^5 {2}writes lake\.gold\.daily_revenue with saveAsTable \(mode append\) \(append\), but the platform writes it by replace-slice/,
    );
  });

  it('reads SQL inside spark.sql(...)', () => {
    const problems = problemsOf(
      fence('python', 'spark.sql("INSERT INTO gold.daily_revenue SELECT * FROM v")'),
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /INSERT INTO \(append\)/);
  });
});

describe('layouts and columns', () => {
  it('rejects Z-ordering or partitioning a clustered table', () => {
    const problems = problemsOf(
      fence('sql', 'OPTIMIZE silver.orders\nZORDER BY (client_id)', 'dialect=spark'),
    );
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /^2 {2}lake\.silver\.orders uses liquid clustering .* cannot also be Z-ordered/,
    );
  });

  it('rejects clustering keys other than the declared ones', () => {
    const problems = problemsOf(
      fence('sql', 'ALTER TABLE lake.silver.orders CLUSTER BY (order_date)', 'dialect=spark'),
    );
    assert.match(
      problems[0] ?? '',
      /clusters lake\.silver\.orders by \(order_date\), but the platform clusters it by \(client_id, order_date\)/,
    );
  });

  it('holds CREATE TABLE to the declared columns', () => {
    const ddl =
      'CREATE TABLE gold.daily_revenue (\n  client_id STRING,\n  day DATE,\n  revenue DECIMAL(28,2)\n)';
    const problems = problemsOf(fence('sql', ddl, 'dialect=spark'));
    assert.deepEqual(
      problems.map((p) => p.replace(/ \(\S*platform\.yaml:\d+\)$/, '')),
      [
        '4  lake.gold.daily_revenue has no column "day" in the platform',
        '2  CREATE TABLE lake.gold.daily_revenue leaves out order_date, which the platform defines',
      ],
    );
  });

  it('checks alias.column against the aliased table, Spark and PostgreSQL alike', () => {
    const spark = fence('sql', 'SELECT o.order_date, o.amount\nFROM silver.orders AS o', 'dialect=spark');
    assert.match(problemsOf(spark)[0] ?? '', /^2 {2}lake\.silver\.orders has no column "amount"/);
    const postgres = fence(
      'sql',
      'SELECT o.ordered_at\nFROM orders o\nWHERE o.order_date > now()',
      'dialect=postgres',
    );
    assert.match(problemsOf(postgres)[0] ?? '', /^4 {2}orders has no column "order_date"/);
  });
});

describe('jobs and DAGs', () => {
  it('job code names tables without the catalog, so every environment runs the same commit', () => {
    const job = fence(
      'python',
      'spark.read.table("silver.orders")\nspark.read.table("lake.gold.daily_revenue")',
      'title="jobs/silver_orders.py"',
    );
    const problems = problemsOf(job);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /^3 {2}job code names "lake\.gold\.daily_revenue" with its catalog: write gold\.daily_revenue/,
    );
    // Outside job code (a notebook, a concept page's query), the full name is fine.
    assert.deepEqual(
      problemsOf(fence('python', 'spark.read.table("lake.gold.daily_revenue")', 'title="notebooks/x.py"')),
      [],
    );
  });

  it('a block titled as a job file shows a job some pipeline runs', () => {
    assert.deepEqual(problemsOf(fence('python', 'x = 1', 'title="jobs/silver_orders.py (part 2 of 2)"')), []);
    assert.match(
      problemsOf(fence('python', 'x = 1', 'title="jobs/orders_v2.py"'))[0] ?? '',
      /^1 {2}code titled "jobs\/orders_v2\.py" is not a job of any platform pipeline/,
    );
  });

  it('DAG ids in Python and shell match a pipeline, with one DAG per client', () => {
    const page = [
      fence(
        'python',
        'dag = DAG(dag_id=f"daily_orders_{client}", schedule=None)\nDAG(dag_id="daily_orders_acme")',
      ),
      fence('bash', 'airflow backfill create --dag-id daily_orders_acme \\\n  --from-date 2026-11-01'),
    ].join('\n\n');
    assert.deepEqual(problemsOf(page), []);
    const wrong = problemsOf(fence('bash', 'airflow dags trigger --dag-id=silver_orders'));
    assert.match(
      wrong[0] ?? '',
      /^2 {2}DAG id "silver_orders" is not a platform pipeline's \(daily_orders_\{client_id\}\)/,
    );
  });
});

describe('the platform file', () => {
  it('reports a bad field with its line', () => {
    const broken = platformYaml.replace('    write: merge\n', '    write: upsert\n');
    assert.throws(
      () => parsePlatform(broken, 'platform.yaml'),
      (error: unknown) =>
        error instanceof ContentError &&
        formatProblem(error.problems[0]!) ===
          'platform.yaml:13  tables.lake.silver.orders.write: a write mode is one of: merge, replace-slice, append, overwrite',
    );
  });

  it('refuses a table whose job no pipeline runs', () => {
    const broken = platformYaml.replace(
      'writtenBy: jobs/gold_daily_revenue.py',
      'writtenBy: jobs/gold_revenue.py',
    );
    assert.throws(
      () => parsePlatform(broken, 'platform.yaml'),
      /jobs\/gold_revenue\.py is in no pipeline's jobs/,
    );
  });

  it('refuses clustering beside partitioning', () => {
    const broken = platformYaml.replace(
      '{ clusterBy: [client_id, order_date] }',
      '{ clusterBy: [client_id], partitionedBy: [order_date] }',
    );
    assert.throws(() => parsePlatform(broken, 'platform.yaml'), /liquid clustering replaces partitioning/);
  });

  it('the real file is valid', () => {
    assert.ok(Object.keys(readPlatform().platform.tables).length >= 4);
  });
});
