import type { LakeTable, Platform, PostgresTable } from './schema.ts';

/** A name on a page that the platform file defines. */
export type PlatformName =
  { kind: 'lake'; name: string; table: LakeTable } | { kind: 'postgres'; name: string; table: PostgresTable };

/** What a dotted name on a page is: a platform table, a mistake about one, or none of our business. */
export type NameResolution =
  { status: 'table'; table: PlatformName } | { status: 'problem'; message: string } | { status: 'unrelated' };

/** The schema that holds files, not tables. */
const BRONZE = 'bronze';

/** Endings that make a dotted name a file (`ops.py`, `orders_gate.sql`), never a table. */
const FILE_EXTENSIONS = new Set([
  'py',
  'sql',
  'yml',
  'yaml',
  'json',
  'csv',
  'md',
  'mdx',
  'txt',
  'sh',
  'tf',
  'mmd',
  'zip',
]);

/**
 * Resolves a dotted name as written on a page (`silver.orders`, `lake.silver.orders`,
 * `ops.pipeline_runs`). A name whose schema is one of the platform's must be one of its tables;
 * other dotted names (`airflow.sdk`, `F.col`) are unrelated. Case-insensitive, as SQL is.
 */
export function resolveName(platform: Platform, written: string): NameResolution {
  const parts = written.toLowerCase().replaceAll('`', '').split('.');
  if (parts.length < 2 || parts.length > 3) return { status: 'unrelated' };
  if (parts.length === 2 && FILE_EXTENSIONS.has(parts[1]!)) return { status: 'unrelated' };
  const [schema, table] = parts.slice(-2) as [string, string];
  const catalog = parts.length === 3 ? parts[0] : undefined;
  const lakeSchema = schema in platform.schemas;

  if (schema === BRONZE && (catalog === undefined || catalog === platform.catalog || !lakeSchema)) {
    return {
      status: 'problem',
      message: `"${written}": bronze is files, not tables (${platform.storage['bronze']?.path ?? 'see storage.bronze'}); read a delivery with Spark's file readers or read_files()`,
    };
  }
  if (lakeSchema) {
    if (catalog !== undefined && catalog !== platform.catalog) {
      return {
        status: 'problem',
        message: `"${written}": the platform's catalog is ${platform.catalog} (write ${platform.catalog}.${schema}.${table} or ${schema}.${table})`,
      };
    }
    const full = `${platform.catalog}.${schema}.${table}`;
    const found = platform.tables[full];
    if (found) return { status: 'table', table: { kind: 'lake', name: full, table: found } };
    if (platform.functions[full]) return { status: 'unrelated' };
    return {
      status: 'problem',
      message: `"${written}" is not a platform table or function: add ${full} to src/content/platform.yaml or use one it lists`,
    };
  }

  if (catalog === undefined) {
    const pgName = `${schema}.${table}`;
    const pg = platform.postgres.tables[pgName];
    if (pg) return { status: 'table', table: { kind: 'postgres', name: pgName, table: pg } };
    const pgSchemas = new Set(
      Object.keys(platform.postgres.tables).flatMap((n) => (n.includes('.') ? [n.split('.')[0]!] : [])),
    );
    if (pgSchemas.has(schema)) {
      return {
        status: 'problem',
        message: `"${written}" is not a PostgreSQL table of the platform: add it to postgres.tables in src/content/platform.yaml`,
      };
    }
  }
  return { status: 'unrelated' };
}

/** A PostgreSQL table by its bare name (`orders`), as PostgreSQL blocks write them. */
export function postgresTable(platform: Platform, written: string): PlatformName | undefined {
  const name = written.toLowerCase();
  const table = platform.postgres.tables[name];
  return table ? { kind: 'postgres', name, table } : undefined;
}

/** The table's column names. */
export function columnsOf(table: PlatformName): Set<string> {
  return new Set(Object.keys(table.table.columns));
}
