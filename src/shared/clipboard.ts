/**
 * Copying links, in the browser: what every "Copy link" control on the site shares, so they copy
 * the same kind of URL. Each then says what it did through a live region (`live-region.ts`).
 */
import { shareableUrl } from './urls.ts';

/**
 * The page's public address: the canonical link Starlight writes from `SITE_URL` and the base
 * path, so a link copied from a local preview still points at the live site (on the page's own
 * origin when the build had no `SITE_URL`: see `shareableUrl`). Falls back to the address bar on
 * pages without one.
 */
export function canonicalPageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical?.href
    ? shareableUrl(canonical.href, location.origin)
    : location.href.split('#')[0] || location.href;
}

/**
 * The origin the build wrote into absolute URLs (from the canonical link), when a build without
 * `SITE_URL` wrote a local one and the page is served elsewhere; undefined otherwise.
 */
export function localBuildOrigin(): string | undefined {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) return undefined;
  const built = new URL(canonical).origin;
  return shareableUrl(canonical, location.origin) === canonical ? undefined : built;
}

/** A fragment of this page at its public address: `https://site/answers/x/#diagram-y`. */
export function canonicalUrlOf(fragment: string): string {
  return `${canonicalPageUrl().split('#')[0]}#${fragment}`;
}

/**
 * Copies with the async clipboard API, which needs a secure context (HTTPS or localhost). Resolves
 * false where it is missing or refused; the caller then shows the link instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
