/**
 * The service worker (bundled at build by `service-worker.ts`, which hands it to Workbox's
 * `injectManifest` to fill `self.__WB_MANIFEST`). Runs in the browser's worker, never in Node.
 *
 * - The shell (home page, every answer, practice and search pages, scripts, styles, Pagefind's
 *   core, `offline.json`) is precached with revisions: a new deploy replaces what changed and
 *   removes what is gone.
 * - Other pages are network first, kept for offline; index chunks cache first (their names hash
 *   their content). These caches are pruned against the new `offline.json` when a version activates.
 * - Its scope is the base path, which as a prefix includes `/embed/`: the embeds, feeds, oEmbed,
 *   badges, social cards and short links match no route, so their requests go to the network
 *   untouched, as if there were no service worker (`requestRoute` in `files.ts`).
 * - A new version waits until the reader presses Reload (a `SKIP_WAITING` message), so a page is
 *   never served by two versions at once.
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { cacheKey, OFFLINE_LIST_FILE, OFFLINE_PAGE, requestRoute } from './files.ts';
import {
  ASSETS_CACHE,
  CACHE_PREFIX,
  entriesToDrop,
  PAGES_CACHE,
  REVISION_HEADER,
  SEARCH_CACHE,
  type OfflineList,
} from './list.ts';

// The DOM library describes pages; these are the few worker types this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  __WB_MANIFEST: { url: string; revision: string | null }[];
}
declare const self: WorkerScope;

setCacheNameDetails({ prefix: CACHE_PREFIX });
const scope = new URL(self.registration.scope);
/** The path a list entry names a URL by (`/answers/x/`), whatever its query. */
const path = (url: string) => new URL(url).pathname;

// Every page is static: a query (`/practice/?q=…`, `/search/?q=…`) never changes the HTML.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });
cleanupOutdatedCaches();
clientsClaim();

let listPromise: Promise<OfflineList | undefined> | undefined;
/** This version's `offline.json`, from the precache (asked again while it is not there yet). */
function offlineList(): Promise<OfflineList | undefined> {
  listPromise ??= matchPrecache(`${scope.pathname}${OFFLINE_LIST_FILE}`).then(async (response) => {
    if (!response) listPromise = undefined;
    return response ? ((await response.json()) as OfflineList) : undefined;
  });
  return listPromise;
}

/**
 * Stores a page with the revision `offline.json` gives it, so a later version can tell whether it
 * changed; a page the list does not name (an error page, a page since removed) is not stored.
 */
const revisionPlugin = {
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) => {
    if (response.status !== 200) return null;
    const file = (await offlineList())?.files.find((f) => f.url === path(request.url));
    if (!file) return null;
    if (file.revision === null) return response;
    const headers = new Headers(response.headers);
    headers.set(REVISION_HEADER, file.revision);
    return new Response(await response.blob(), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
  // A page the host no longer has is dropped from the cache, not served offline later.
  fetchDidSucceed: async ({ request, response }: { request: Request; response: Response }) => {
    if (response.status === 404 || response.status === 410) {
      await (await caches.open(PAGES_CACHE)).delete(cacheKey(request.url));
    }
    return response;
  },
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => cacheKey(request.url),
};

registerRoute(
  ({ url }) => requestRoute(url, scope) === 'page',
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    // A slow network (a train) falls back to the saved page after this long; it is cached anyway.
    networkTimeoutSeconds: 6,
    plugins: [revisionPlugin],
  }),
);
registerRoute(
  ({ url }) => requestRoute(url, scope) === 'search',
  new CacheFirst({ cacheName: SEARCH_CACHE, plugins: [revisionPlugin] }),
);

// While a new deploy waits, pages fetched from the network (network first) are the new version's,
// and name scripts and styles this worker did not precache: kept too, so such a page works offline.
// Not checked against this version's list, which cannot name them; the next version prunes them.
registerRoute(
  ({ url }) => requestRoute(url, scope) === 'asset',
  new CacheFirst({
    cacheName: ASSETS_CACHE,
    plugins: [{ cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) }],
  }),
);

// A page neither cached nor reachable: the precached page that says so, with what is available.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await matchPrecache(`${scope.pathname}${OFFLINE_PAGE}`)) ?? Response.error();
});

/** Drops cached pages and chunks that this version removed or changed, and caches of old names. */
async function prune(): Promise<void> {
  const list = await offlineList();
  if (!list) return;
  const keep = new Set([PAGES_CACHE, SEARCH_CACHE, ASSETS_CACHE, cacheNames.precache, cacheNames.runtime]);
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && !keep.has(name)) await caches.delete(name);
  }
  for (const name of [PAGES_CACHE, SEARCH_CACHE, ASSETS_CACHE]) {
    const cache = await caches.open(name);
    const cached = new Map<string, string | null>();
    const requests = new Map<string, Request>();
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      cached.set(path(request.url), response?.headers.get(REVISION_HEADER) ?? null);
      requests.set(path(request.url), request);
    }
    for (const url of entriesToDrop(list, cached)) {
      const request = requests.get(url);
      if (request) await cache.delete(request);
    }
  }
}

self.addEventListener('activate', (event) => event.waitUntil(prune()));
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
