/**
 * The site's addresses: where it is hosted (`SITE_URL`, `BASE_PATH`) and how a path under the base
 * becomes a link or an absolute URL. The one place that knows about the base path: the config, the
 * pages, the Markdown plugins, the browser scripts, the tests and the benchmarks all call this.
 * Safe in the browser and in plain Node (no Astro or Node imports).
 */

/**
 * The origin used for canonical URLs, copied links and the sitemap, from `SITE_URL`.
 * @throws when the value is not an absolute URL, naming it
 */
export function siteOrigin(value: string | undefined): string {
  const origin = value?.trim() || 'http://localhost:4321';
  try {
    return new URL(origin).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.com, got "${origin}"`);
  }
}

/** True for an origin only this machine reaches: what a build without `SITE_URL` writes. */
export function isLocalOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}

/**
 * An absolute URL the build wrote, as the reader should share it. A build without `SITE_URL`
 * writes `http://localhost:4321` into canonical links and snippets; served from anywhere else,
 * those would point nowhere, so they move to the origin the page is served from. A real
 * `SITE_URL` is kept, so a link copied from a preview still points at the live site.
 */
export function shareableUrl(built: string, pageOrigin: string): string {
  const url = new URL(built);
  if (url.origin === pageOrigin || !isLocalOrigin(url.origin)) return url.href;
  return new URL(`${url.pathname}${url.search}${url.hash}`, pageOrigin).href;
}

/**
 * The path the site is served under, from `BASE_PATH` (`portfolio`, `/portfolio`, `/portfolio/`
 * all give `/portfolio/`); `/` when unset. Always with leading and trailing slashes.
 * @throws when the value holds characters that cannot be in a URL path
 */
export function basePath(value: string | undefined): string {
  const trimmed = value?.trim().replace(/^\/+|\/+$/g, '') ?? '';
  if (trimmed && !/^[A-Za-z0-9._~/-]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH may hold only URL path characters, got "${value}"`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base path of the running build (`/` or `/portfolio/`): Vite replaces `import.meta.env` in
 * pages and browser scripts alike. In plain Node (tests, scripts) it is read from `BASE_PATH`.
 */
export function siteBase(): string {
  const fromBuild = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  if (fromBuild !== undefined) return basePath(fromBuild);
  return basePath(typeof process === 'undefined' ? undefined : process.env['BASE_PATH']);
}

/**
 * Prefixes a root-relative path (`/concepts/shuffle/`) with the base path (`/portfolio/`), leaving
 * relative, absolute, protocol-relative and fragment-only URLs, and URLs already under the base,
 * as they are. Authors write root-relative links; this is the rule that makes them work under any
 * base.
 */
export function withBase(url: string, base: string = siteBase()): string {
  const prefix = basePath(base).replace(/\/$/, '');
  if (prefix === '' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

/** The reverse of `withBase`: `/portfolio/concepts/x/` gives `/concepts/x/`. */
export function withoutBase(path: string, base: string = siteBase()): string {
  const normalised = basePath(base);
  return path.startsWith(normalised) ? `/${path.slice(normalised.length)}` : path;
}

/** Joins a site origin, a base path and a path under the base into one absolute URL. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return `${new URL(site).origin}${basePath(base)}${path.replace(/^\/+/, '')}`;
}

/**
 * The site path of a page from its content id: `answers/x` gives `/answers/x/`, `index` gives `/`.
 * Relative to the base; add it with `withBase`.
 */
export function pagePath(id: string): string {
  return id === 'index' || id === '' ? '/' : `/${id}/`;
}
