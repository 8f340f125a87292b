/**
 * Which built files the offline copy of the site holds, and how: the shell precached on the first
 * visit, the pages and the search index cached as they are used or saved, and what a service worker
 * must never touch. Pure: the build, the service worker and the tests share it.
 */

/**
 * How the service worker treats one file of the build.
 * - `shell`: precached on the first visit, revisioned, replaced and removed by each new deploy: the
 *   home page, every answer, the practice and search pages, the scripts and styles, Pagefind's core.
 * - `page`: an HTML page kept once a reader opens it (network first) or saves the site for offline.
 * - `search`: a chunk of the search index (content-hashed name), kept once a search loads it or the
 *   reader saves the site.
 * - `never`: left to the network: embeds, feeds, oEmbed, badges, social cards, downloads, the files
 *   of the service worker itself, and Pagefind's UI bundles, which the site does not load.
 */
export type FileKind = 'shell' | 'page' | 'search' | 'never';

/**
 * First path segments (or whole top-level files) under the base that the service worker never
 * answers for: other sites frame the embeds, tools fetch the feeds, oEmbed and badges, and those
 * must always get what the host serves now. The short links (`q/`) redirect to answers.
 */
export const NEVER_CACHED = [
  'embed',
  'oembed',
  'badge',
  'og',
  'q',
  'feed.xml',
  'answers.json',
  'sitemap.xml',
  'sitemap-index.xml',
  'robots.txt',
  '_headers',
] as const;

/** The service worker, the list of what can be saved, and the web app manifest's own name. */
export const SERVICE_WORKER_FILE = 'sw.js';
/**
 * An empty worker whose scope is `embed/`: the longest matching scope wins, so the embeds are never
 * in the site worker's scope, and a worker without a fetch handler leaves every request to the
 * network (`writeEmbedWorker`).
 */
export const EMBED_WORKER_FILE = 'embed/sw.js';
export const EMBED_SCOPE = 'embed/';
export const OFFLINE_LIST_FILE = 'offline.json';
/** The page shown for a page that is neither cached nor reachable. */
export const OFFLINE_PAGE = 'offline/';

/** Pagefind files the site's search loads besides the index chunks (the UI bundles are not used). */
const SEARCH_CORE =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|vocabulary\.json)$/;
const SEARCH_CHUNK = /^pagefind\/(index|fragment|filter)\/[^/]+$/;
/** Pages every reader gets on the first visit (besides the answers), by path under the base. */
const SHELL_PAGES = new Set([
  'index.html',
  'answers/index.html',
  'practice/index.html',
  'search/index.html',
  '404.html',
  `${OFFLINE_PAGE}index.html`,
]);
/** The answer pages: `answers/<slug>/index.html`. */
const ANSWER_PAGE = /^answers\/[^/]+\/index\.html$/;
const SHELL_FILES = /^(_astro\/.+|favicon\.svg|manifest\.webmanifest|icons\/[^/]+\.png|concept-cards\.json)$/;

/** How the service worker treats a built file, by its path relative to the output folder (`/` separators). */
export function fileKind(file: string): FileKind {
  const first = file.split('/')[0] ?? '';
  if ((NEVER_CACHED as readonly string[]).includes(first)) return 'never';
  if (file === SERVICE_WORKER_FILE || file.startsWith('workbox-')) return 'never';
  if (file === OFFLINE_LIST_FILE) return 'shell';
  if (SHELL_PAGES.has(file) || ANSWER_PAGE.test(file) || SHELL_FILES.test(file)) return 'shell';
  if (SEARCH_CORE.test(file)) return 'shell';
  if (SEARCH_CHUNK.test(file)) return 'search';
  if (file.endsWith('.html') && first !== 'pagefind') return 'page';
  return 'never';
}

/**
 * The URL a built file is served at, under the base: a folder's `index.html` is its folder
 * (`answers/x/index.html` gives `/answers/x/`), as every link of the site writes it.
 */
export function fileUrl(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * What the service worker does with a request, from its URL and the scope (the base path, with
 * its trailing slash): `pass` leaves it to the network (another origin, outside the scope, or a
 * path in `NEVER_CACHED`), `page`, `search` and `asset` name the runtime cache that keeps it.
 * Precached URLs are answered before this is asked: `asset` is a script or style of a newer deploy
 * than the running worker's, which a page fetched from the network while that deploy waits.
 */
export function requestRoute(url: URL, scope: URL): 'pass' | 'page' | 'search' | 'asset' {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'pass';
  const file = url.pathname.slice(scope.pathname.length);
  const first = file.split('/')[0] ?? '';
  if ((NEVER_CACHED as readonly string[]).includes(first)) return 'pass';
  if (file === SERVICE_WORKER_FILE || file === OFFLINE_LIST_FILE) return 'pass';
  if (SEARCH_CHUNK.test(file)) return 'search';
  if (first === '_astro') return 'asset';
  if (first === 'pagefind') return 'pass';
  if (file === '' || file.endsWith('/') || file.endsWith('.html')) return 'page';
  return 'pass';
}

/** The key a runtime cache stores a URL under: without query and fragment (every page is static). */
export function cacheKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
