/**
 * Writes the service worker into a finished build: `sw.ts` bundled by esbuild, then handed to
 * Workbox's `injectManifest`, which lists the shell (`fileKind` gives `shell`) with a revision per
 * file; and `offline.json`, the list "Save for offline" fetches. Run last in `astro build` (after the
 * security headers are added to every page), so the revisions are those of the files served. The
 * test of updates calls it on a changed copy of a build, as a second deploy would.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest, type ManifestTransform } from 'workbox-build';
import { filesUnder } from '../shared/content.ts';
import { EMBED_WORKER_FILE, fileKind, fileUrl, OFFLINE_LIST_FILE, SERVICE_WORKER_FILE } from './files.ts';
import { CACHE_PREFIX, offlineList, type BuiltFile } from './list.ts';

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

/** Every file of a build with its size and content hash, paths relative with `/` separators. */
function builtFiles(dir: string): BuiltFile[] {
  return filesUnder(dir).map((file) => ({
    file: relative(dir, file).split(sep).join('/'),
    bytes: statSync(file).size,
    hash: md5(readFileSync(file)),
  }));
}

export interface ServiceWorkerSummary {
  /** Files precached on the first visit, and their size in bytes. */
  precached: number;
  precacheBytes: number;
  /** Files "Save for offline" fetches (the precached ones included), and their size. */
  saveable: number;
  saveBytes: number;
}

/**
 * Writes `offline.json` and `sw.js` into the build in `dir`, for a site served under `base`.
 * @throws when Workbox cannot inject the manifest (its message says why)
 */
export async function writeServiceWorker(dir: string, base: string): Promise<ServiceWorkerSummary> {
  rmSync(join(dir, SERVICE_WORKER_FILE), { force: true });
  const list = offlineList(builtFiles(dir), base, md5);
  writeFileSync(join(dir, OFFLINE_LIST_FILE), `${JSON.stringify(list)}\n`);

  const work = mkdtempSync(join(tmpdir(), 'offline-sw-'));
  try {
    const source = join(work, 'sw.js');
    await build({
      entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
      outfile: source,
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      // Workbox logs in development builds only; this selects its production code.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const shell: ManifestTransform = (entries) => ({
      manifest: entries
        .filter((entry) => fileKind(entry.url) === 'shell')
        .map((entry) => ({
          url: fileUrl(entry.url, base),
          // `_astro/` names hash their content already.
          revision: entry.url.startsWith('_astro/') ? null : entry.revision,
          size: entry.size,
        })),
    });
    const result = await injectManifest({
      swSrc: source,
      swDest: join(dir, SERVICE_WORKER_FILE),
      globDirectory: dir,
      globPatterns: ['**/*'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      manifestTransforms: [shell],
    });
    const saveable = list.files;
    return {
      precached: result.count,
      precacheBytes: result.size,
      saveable: saveable.length,
      saveBytes: saveable.reduce((sum, f) => sum + f.bytes, 0),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The `sw.js` of a build with offline reading turned off: a browser that installed an earlier
 * service worker fetches it on the next visit, and it deletes the site's caches, unregisters
 * itself and reloads open pages, which then come from the network.
 */
export function writeRemovalWorker(dir: string): void {
  rmSync(join(dir, OFFLINE_LIST_FILE), { force: true });
  const prefix = JSON.stringify(CACHE_PREFIX);
  writeFileSync(
    join(dir, SERVICE_WORKER_FILE),
    `// Offline reading is turned off for this site: remove the service worker and its caches.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith(${prefix})) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`,
  );
}

/**
 * `embed/sw.js`: the worker registered for the `embed/` scope, so that the site's worker never
 * controls an embed. It has no fetch handler, so the browser sends every request of an embed to the
 * network as if there were no worker. With offline reading off (`remove`), it unregisters itself.
 */
export function writeEmbedWorker(dir: string, { remove = false } = {}): void {
  const body = remove
    ? `self.addEventListener('activate', () => self.registration.unregister());`
    : `self.addEventListener('install', () => self.skipWaiting());`;
  writeFileSync(
    join(dir, EMBED_WORKER_FILE),
    `// The embeds' own scope: no fetch handler, so their requests go to the network.\n${body}\n`,
  );
}
