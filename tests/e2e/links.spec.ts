import type { APIRequestContext } from '@playwright/test';
import { readAnswers } from '../../src/answers/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { SITE_ORIGIN, sitemapPaths } from '../support/site.ts';

interface Fetched {
  status: number;
  html?: string;
}

/** URL-valued attributes and the absolute URLs in meta tags and meta refresh, HTML entities decoded. */
function referencesIn(html: string): string[] {
  const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/');
  const found: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src|xlink:href)\s*=\s*"([^"]*)"/g)) found.push(match[1] ?? '');
  for (const match of html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/g)) {
    for (const candidate of (match[1] ?? '').split(',')) found.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const match of html.matchAll(
    /<meta\s[^>]*(?:og:image|og:url|twitter:image)"[^>]*content="([^"]+)"/g,
  )) {
    found.push(match[1] ?? '');
  }
  for (const match of html.matchAll(/http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/g))
    found.push(match[1] ?? '');
  return found.map(decode).filter((url) => url && !/^(?:mailto|tel|javascript|data):/i.test(url));
}

/**
 * Crawls the site from the sitemap, the short links and the 404 page, following every same-origin
 * page it finds, and checks that every link, asset and `#fragment` it meets resolves. Public URLs
 * (canonical, og:image) point at SITE_URL; they are checked at the same path on the test server.
 * Under BASE_PATH a link that forgot the base lands outside it and fails here.
 */
async function crawl(request: APIRequestContext, baseURL: string, starts: string[]) {
  const origin = new URL(baseURL).origin;
  const cache = new Map<string, Promise<Fetched>>();
  const fetchOnce = (url: string) => {
    let entry = cache.get(url);
    if (!entry) {
      entry = request.get(url, { failOnStatusCode: false }).then(async (response) => {
        const html = (response.headers()['content-type'] ?? '').startsWith('text/html')
          ? await response.text()
          : undefined;
        return html === undefined ? { status: response.status() } : { status: response.status(), html };
      });
      cache.set(url, entry);
    }
    return entry;
  };

  const broken: string[] = [];
  const crawled = new Set<string>();
  const queue = starts.map((path) => new URL(sitePath(path), baseURL).href);
  while (queue.length > 0) {
    const pageUrl = queue.shift() ?? '';
    if (crawled.has(pageUrl)) continue;
    crawled.add(pageUrl);
    const { html } = await fetchOnce(pageUrl);
    if (!html) continue;
    const checks = referencesIn(html).map(async (reference) => {
      let url = new URL(reference, pageUrl);
      if (url.origin === SITE_ORIGIN && SITE_ORIGIN !== origin)
        url = new URL(url.pathname + url.search + url.hash, origin);
      if (url.origin !== origin) return;
      const target = url.href.split('#')[0] ?? url.href;
      const fetched = await fetchOnce(target);
      if (fetched.status !== 200) {
        broken.push(`${pageUrl} → ${reference} (HTTP ${fetched.status})`);
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fetched.html && !fetched.html.includes(`id="${fragment}"`)) {
        broken.push(`${pageUrl} → ${reference} (no element with id "${fragment}")`);
      }
      if (fetched.html && !crawled.has(target)) queue.push(target);
    });
    await Promise.all(checks);
  }
  return { broken, pages: crawled.size, urls: cache.size };
}

test(
  'every internal link, asset and anchor on every page resolves',
  { tag: '@base' },
  async ({ request, baseURL }) => {
    const shortLinks = readAnswers().map((answer) => `/q/${answer.meta.number}/`);
    const { broken, pages, urls } = await crawl(request, baseURL ?? '', [
      ...sitemapPaths(),
      '/all-answers/',
      '/404.html',
      ...shortLinks,
    ]);
    expect(broken).toEqual([]);
    // The crawl reached the whole site: 14 answers, 44 concepts, home, all-answers, 404, short links.
    expect(pages).toBeGreaterThanOrEqual(60 + shortLinks.length);
    expect(urls).toBeGreaterThan(pages);
  },
);
