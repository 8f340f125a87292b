/**
 * The platform: the one set of tables, storage locations and pipelines every answer describes,
 * written once in `src/content/platform.yaml`. Pages read it (`PlatformTable.astro`), and the
 * content checks hold pages and diagrams to it (`check.ts`).
 */
export { checkPlatform, platformProblems, type PlatformSource } from './check.ts';
export { parsePlatform, readPlatform, PLATFORM_FILE, type LoadedPlatform } from './load.ts';
export { resolveName, type PlatformName } from './names.ts';
export { type LakeTable, type Platform, type PostgresTable, type WriteMode } from './schema.ts';
