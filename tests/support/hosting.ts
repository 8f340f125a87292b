import { basePath, siteOrigin } from '../../src/config/hosting.mjs';
import { absoluteUrl } from '../../src/lib/share-urls.ts';

/** The hosting settings the site under test was built with (same environment as the build). */
export const SITE_ORIGIN = siteOrigin(process.env.SITE_URL);
export const BASE_PATH = basePath(process.env.BASE_PATH);

/** A page's public URL, as canonical links and copy-link buttons give it: SITE_URL + base + path. */
export function publicUrl(path: string): string {
  return absoluteUrl(SITE_ORIGIN, BASE_PATH, path);
}

/**
 * The same resource on the test server: public URLs point at SITE_URL (production), but the build
 * is served locally, so keep the path (base included) and swap the origin.
 */
export function onTestServer(url: string, testBaseUrl: string): string {
  const { pathname, search } = new URL(url);
  return `${new URL(testBaseUrl).origin}${pathname}${search}`;
}
