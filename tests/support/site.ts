import { readFileSync } from 'node:fs';
import { absoluteUrl, basePath, shareableUrl, siteOrigin } from '../../src/shared/urls.ts';

/**
 * The built site under test: where it is (`dist/`, or E2E_DIST as in `npm run test:e2e:base`) and
 * the hosting settings it was built with (the same environment as the build).
 */
export const DIST = process.env['E2E_DIST'] ?? 'dist';
export const SITE_ORIGIN = siteOrigin(process.env['SITE_URL']);
export const BASE_PATH = basePath(process.env['BASE_PATH']);
/** Where the e2e suite serves the build (port from E2E_PORT): the origin the pages are read at. */
export const TEST_PORT = Number(process.env['E2E_PORT'] ?? 4322);
export const TEST_ORIGIN = `http://127.0.0.1:${TEST_PORT}`;

/** A page's public URL, as canonical links and copy-link buttons give it: SITE_URL + base + path. */
export function publicUrl(path: string): string {
  return absoluteUrl(SITE_ORIGIN, BASE_PATH, path);
}

/**
 * A page's URL as the copy buttons and embed snippets give it to a reader on the test server:
 * `publicUrl`, except that a build without `SITE_URL` (localhost) hands out the address the page
 * is served from, as `shareableUrl` does in the browser.
 */
export function sharedUrl(path: string): string {
  return shareableUrl(publicUrl(path), TEST_ORIGIN);
}

/**
 * The same resource on the test server: public URLs point at SITE_URL (production), but the build
 * is served locally, so keep the path (base included) and swap the origin.
 */
export function onTestServer(url: string, testBaseUrl: string): string {
  const { pathname, search } = new URL(url);
  return `${new URL(testBaseUrl).origin}${pathname}${search}`;
}

/**
 * Every page in the built sitemap, as a path relative to the site base (`answers/x/`), so specs
 * can visit each one under any BASE_PATH.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    new URL(match[1] ?? '').pathname.slice(BASE_PATH.length),
  );
}
