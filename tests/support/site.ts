import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build under test: `dist/`, or the folder named by E2E_DIST (as in `npm run test:e2e:base`). */
const DIST = fileURLToPath(new URL(`../../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url));

/**
 * Every page in the built sitemap, as a path relative to the site base (`answers/x/`), so specs
 * can visit each one under any BASE_PATH.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const { pathname } = new URL(match[1] ?? '');
    const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
    return pathname.slice(base.length);
  });
}

/** Every file under `dir`, at any depth (paths include `dir`). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
