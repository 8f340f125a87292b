/**
 * The URLs a reader shares: absolute page URLs, short permalinks and social card images. Pure
 * functions of the hosting settings, so pages, the redirect endpoint and the tests agree on them.
 */

/** Joins a site origin, a base path and a path under the base into one absolute URL. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  const origin = new URL(site).origin;
  const baseDir = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `${origin}${baseDir}${path.replace(/^\/+/, '')}`;
}

/**
 * The short permalink of question `number`, relative to the base: `/q/3/`. The trailing slash is
 * the form every static host serves without a redirect (S3 behind CloudFront included).
 */
export function shortLinkPath(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`no short link for question ${number}`);
  return `/q/${number}/`;
}

/**
 * The social card image of a page, relative to the base, from the Starlight entry id:
 * `answers/x` gives `/og/answers/x.png`; the home page (id `''` or `index`) gives `/og/index.png`.
 */
export function socialCardPath(entryId: string): string {
  const id = entryId.replace(/^\/+|\/+$/g, '') || 'index';
  return `/og/${id}.png`;
}

/**
 * Prefixes a root-relative path (`/concepts/shuffle/`) with the base path (`/portfolio/`), leaving
 * relative, absolute, protocol-relative and fragment-only URLs, and URLs already under the base,
 * as they are. The rule `src/markdown/rehype-base-links.ts` applies to content links.
 */
export function withBasePath(url: string, base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

/** Width and height of every social card, in pixels: the size Open Graph and X recommend. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;
