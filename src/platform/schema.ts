import { z } from 'astro/zod';

/**
 * The shape of `src/content/platform.yaml`: the one platform every answer describes. Messages are
 * written for authors; the loader prints each with the line of the field (`load.ts`).
 */

const identifier = /^[a-z][a-z0-9_]*$/;
const identifierMessage = 'names are lower-case identifiers (letters, digits, underscores)';

const ColumnName = z.string().regex(identifier, identifierMessage);

/** How every job writes a lake table. */
export const WRITE_MODES = ['merge', 'replace-slice', 'append', 'overwrite'] as const;
export type WriteMode = (typeof WRITE_MODES)[number];
const writeModeMessage = `a write mode is one of: ${WRITE_MODES.join(', ')}`;
const WriteModeSchema = z.enum(WRITE_MODES, { error: writeModeMessage });

/** A Delta table in the platform's catalog. */
export const LakeTableSchema = z
  .object({
    /** One line: what a row is. */
    description: z.string().min(10),
    /** The columns that identify a row. */
    key: z.array(ColumnName).min(1, 'a table needs a key: the columns that identify a row'),
    /** How every job writes it in normal runs (`merge`, `replace-slice`, `append`, `overwrite`). */
    write: WriteModeSchema,
    /** The exact rule in a sentence: the merge condition, the slice replaced. */
    writeRule: z.string().optional(),
    /** How a repair (a backfill after a bug) may rewrite it, when that differs from `write`. */
    repair: WriteModeSchema.optional(),
    /** The repair's rule in a sentence, when there is a repair. */
    repairRule: z.string().optional(),
    /** Physical layout: liquid clustering keys, or partition columns (never both). */
    layout: z
      .object({
        clusterBy: z.union([z.array(ColumnName).min(1), z.literal('auto')]).optional(),
        partitionedBy: z.array(ColumnName).min(1).optional(),
        zorderBy: z.array(ColumnName).min(1).optional(),
      })
      .strict()
      .refine((layout) => !(layout.clusterBy && (layout.partitionedBy || layout.zorderBy)), {
        message:
          'liquid clustering replaces partitioning and Z-ordering: a table has clusterBy, or partitionedBy (optionally with zorderBy), not both',
      })
      .optional(),
    /** The job (file under `jobs/`) that writes it in normal runs. */
    writtenBy: z
      .string()
      .regex(/^jobs\/[a-z0-9_/]+\.py$/, 'writtenBy is a job file such as jobs/silver_orders.py'),
    /** Column name to its Spark SQL type and constraints (`STRING NOT NULL`). */
    columns: z.record(ColumnName, z.string().min(3)),
  })
  .strict()
  .superRefine((table, ctx) => {
    const columns = new Set(Object.keys(table.columns));
    const needColumns = (names: readonly string[], field: string) => {
      for (const name of names.filter((n) => !columns.has(n))) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} names "${name}", which is not in columns`,
        });
      }
    };
    needColumns(table.key, 'key');
    const layout = table.layout ?? {};
    if (Array.isArray(layout.clusterBy)) needColumns(layout.clusterBy, 'layout');
    needColumns(layout.partitionedBy ?? [], 'layout');
    needColumns(layout.zorderBy ?? [], 'layout');
  });

/** A PostgreSQL table: column name to its type and constraints, as in `CREATE TABLE`. */
export const PostgresTableSchema = z
  .object({
    description: z.string().min(10),
    columns: z.record(ColumnName, z.string().min(3)),
    primaryKey: z.array(ColumnName).min(1).optional(),
  })
  .strict();

/** An Airflow pipeline: its DAG id (with `{client_id}` when there is one DAG per client) and jobs. */
export const PipelineSchema = z
  .object({
    dagId: z
      .string()
      .regex(/^[a-z0-9_]+(\{client_id\})?$/, 'dagId is snake_case, optionally ending in {client_id}'),
    description: z.string().min(10),
    jobs: z.array(z.string().regex(/^jobs\/[a-z0-9_/]+\.py$/)).min(1),
  })
  .strict();

export const PlatformSchema = z
  .object({
    /** The Unity Catalog catalog every lake table lives in. */
    catalog: z.string().regex(identifier, identifierMessage),
    /** S3 locations that are not tables (bronze is files). */
    storage: z.record(
      ColumnName,
      z.object({ path: z.string().startsWith('s3://'), description: z.string().min(10) }).strict(),
    ),
    /** The catalog's schemas and what each holds. */
    schemas: z.record(ColumnName, z.string().min(10)),
    /** Delta tables by full name, `catalog.schema.table`. */
    tables: z.record(z.string(), LakeTableSchema),
    /** SQL functions by full name (`lake.governance.mask_email`): column masks and row filters. */
    functions: z
      .record(
        z.string(),
        z.object({ description: z.string().min(10), signature: z.string().min(3) }).strict(),
      )
      .default({}),
    /** The PostgreSQL database: tables by name (`orders`, `ops.pipeline_runs`). */
    postgres: z
      .object({
        version: z.number().int(),
        tables: z.record(
          z
            .string()
            .regex(/^([a-z][a-z0-9_]*\.)?[a-z][a-z0-9_]*$/, 'a PostgreSQL table is table or schema.table'),
          PostgresTableSchema,
        ),
      })
      .strict(),
    /** Airflow pipelines by name. */
    pipelines: z.record(ColumnName, PipelineSchema),
  })
  .strict()
  .superRefine((platform, ctx) => {
    // Every job that writes a table runs in some pipeline: no table is written by nobody.
    const scheduled = new Set(Object.values(platform.pipelines).flatMap((pipeline) => pipeline.jobs));
    for (const [name, table] of Object.entries(platform.tables)) {
      if (!scheduled.has(table.writtenBy)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tables', name, 'writtenBy'],
          message: `${table.writtenBy} is in no pipeline's jobs: add it to the pipeline that runs it`,
        });
      }
    }
    for (const [section, name] of [
      ...Object.keys(platform.tables).map((n) => ['tables', n] as const),
      ...Object.keys(platform.functions).map((n) => ['functions', n] as const),
    ]) {
      const [catalog, schema, table, ...rest] = name.split('.');
      if (rest.length > 0 || !table || catalog !== platform.catalog || !identifier.test(table)) {
        ctx.addIssue({
          code: 'custom',
          path: [section, name],
          message: `a lake ${section === 'tables' ? 'table' : 'function'} is named ${platform.catalog}.<schema>.<name>`,
        });
      } else if (!(schema! in platform.schemas)) {
        ctx.addIssue({
          code: 'custom',
          path: [section, name],
          message: `schema "${schema}" is not listed under schemas`,
        });
      }
    }
  });

export type Platform = z.infer<typeof PlatformSchema>;
export type LakeTable = z.infer<typeof LakeTableSchema>;
export type PostgresTable = z.infer<typeof PostgresTableSchema>;
