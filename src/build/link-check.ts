/**
 * Checks every internal link and anchor in the built site: in page text, navigation, cards and
 * inside diagram SVGs alike. Pure: it works on parsed pages (`built-page.ts`), so tests can feed it
 * fixtures.
 */
import { attribute, elementsOf, type BuiltPage } from './built-page.ts';

export type { BuiltPage } from './built-page.ts';

export interface BrokenLink {
  /** The built page that holds the link. */
  page: string;
  /** 1-based line in the built HTML. */
  line: number;
  href: string;
  reason: string;
}

/** The URL path a built file is served at, under `base` (`/portfolio/`). */
function urlOfFile(file: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

/** A URL's percent-escapes decoded (the parser has already decoded character references). */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What a page offers as link targets: its element ids and its diagrams' boxes. */
interface Anchors {
  ids: Set<string>;
  boxes: Set<string>;
}

function anchorsOf(page: BuiltPage): Anchors {
  const ids = new Set<string>();
  const boxes = new Set<string>();
  for (const element of elementsOf(page.tree)) {
    const id = attribute(element, 'id');
    if (id) ids.add(id);
    const box = attribute(element, 'dataDgNode');
    if (box) boxes.add(box);
  }
  return { ids, boxes };
}

/**
 * @param pages  every HTML page of the build
 * @param files  every file path of the build (for links to images, feeds and other assets)
 * @param base   the base path the site is served under, with slashes: `/` or `/portfolio/`
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  base: string,
): BrokenLink[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const anchorsByFile = new Map<string, Anchors>();
  const anchors = (file: string): Anchors => {
    let found = anchorsByFile.get(file);
    if (!found) {
      const page = byFile.get(file);
      found = page ? anchorsOf(page) : { ids: new Set(), boxes: new Set() };
      anchorsByFile.set(file, found);
    }
    return found;
  };
  const origin = 'http://site.invalid';
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    if (page.file === '404.html') continue; // served at any URL: its relative links cannot be resolved
    const pageUrl = new URL(urlOfFile(page.file, base), origin);
    for (const element of elementsOf(page.tree)) {
      if (element.tagName !== 'a') continue;
      // An SVG link may still use the XLink attribute, which the parser names xLinkHref.
      const href = attribute(element, 'href') ?? attribute(element, 'xLinkHref');
      if (!href || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // external, mailto:, data: ...
      const line = element.position?.start.line ?? 1;
      const url = new URL(decode(href), pageUrl);
      const report = (reason: string) => broken.push({ page: page.file, line, href, reason });
      if (!url.pathname.startsWith(base)) {
        report(`points outside the base path ${base}`);
        continue;
      }
      const path = url.pathname.slice(base.length);
      const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (!files.has(target)) {
        report(files.has(`${path}/index.html`) ? 'needs a trailing slash' : 'no such page');
        continue;
      }
      const hash = decode(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !anchorExists(hash, anchors(target))) {
        report(`no element with id "${hash}"`);
      }
    }
  }
  return broken;
}

/**
 * Whether a fragment leads somewhere on a page: an element id, or a diagram deep link
 * (`diagram-<id>/<node>` to a box the diagram has, `diagram-<id>/step-<n>` to one of its steps).
 */
function anchorExists(hash: string, { ids, boxes }: Anchors): boolean {
  if (ids.has(hash)) return true;
  const deep = hash.match(/^(diagram-[a-z0-9-]+)\/(.+)$/);
  if (!deep || !ids.has(deep[1] ?? '')) return false;
  const step = deep[2]?.match(/^step-(\d+)$/);
  return step ? ids.has(`${deep[1]}-step-${step[1]}`) : boxes.has(deep[2] ?? '');
}
