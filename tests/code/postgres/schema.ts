import { readFileSync } from 'node:fs';
import { parsePlatform } from '../../../src/platform/index.ts';

/**
 * The PostgreSQL tables of the platform (`postgres.tables` in `src/content/platform.yaml`, read and
 * validated by the platform's own loader) as DDL: each column is `name: <type and constraints>`, a
 * table may list a composite `primaryKey`, and a `schema.table` name gets its schema.
 */
export interface PlatformSchema {
  /** `CREATE SCHEMA` and `CREATE TABLE` statements, in the file's order. */
  statements: { sql: string; line: number }[];
  file: string;
}

/** Reads the PostgreSQL tables of the platform file, each statement with its line there. */
export function readPlatformSchema(file: string): PlatformSchema {
  const { platform, lineOf } = parsePlatform(readFileSync(file, 'utf8'), file);
  const statements: PlatformSchema['statements'] = [];
  const schemas = new Set<string>();
  for (const [name, table] of Object.entries(platform.postgres.tables)) {
    const line = lineOf(['postgres', 'tables', name]);
    const schema = name.includes('.') ? name.split('.')[0]! : undefined;
    if (schema && !schemas.has(schema)) {
      schemas.add(schema);
      statements.push({ sql: `CREATE SCHEMA ${schema}`, line });
    }
    const parts = Object.entries(table.columns).map(([column, definition]) => `${column} ${definition}`);
    if (table.primaryKey) parts.push(`PRIMARY KEY (${table.primaryKey.join(', ')})`);
    statements.push({ sql: `CREATE TABLE ${name} (\n  ${parts.join(',\n  ')}\n)`, line });
  }
  return { statements, file };
}
