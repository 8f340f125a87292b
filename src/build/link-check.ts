/**
 * Checks every internal link and anchor in the built site: in page text, navigation, cards and
 * inside diagram SVGs alike. Pure: it works on a map of built files, so tests can feed it fixtures.
 */

export interface BuiltPage {
  /** Path of the file relative to the output folder: `answers/x/index.html`. */
  file: string;
  html: string;
}

export interface BrokenLink {
  /** The built page that holds the link. */
  page: string;
  /** 1-based line in the built HTML. */
  line: number;
  href: string;
  reason: string;
}

const LINK = /<a\b[^>]*?\s(?:xlink:)?href="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

/** The URL path a built file is served at, under `base` (`/portfolio/`). */
function urlOfFile(file: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/&amp;/g, '&'));
  } catch {
    return value;
  }
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
  const idsByFile = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsByFile.get(file);
    if (!set) {
      const html = pages.find((p) => p.file === file)?.html ?? '';
      set = new Set([...html.matchAll(ID)].map((m) => decode(m[1] ?? '')));
      idsByFile.set(file, set);
    }
    return set;
  };
  const htmlOf = (file: string) => pages.find((p) => p.file === file)?.html ?? '';
  const origin = 'http://site.invalid';
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    if (page.file === '404.html') continue; // served at any URL: its relative links cannot be resolved
    const pageUrl = new URL(urlOfFile(page.file, base), origin);
    const lines = page.html.split('\n');
    lines.forEach((text, index) => {
      for (const match of text.matchAll(LINK)) {
        const href = match[1] ?? '';
        if (!href || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // external, mailto:, data: ...
        const url = new URL(decode(href), pageUrl);
        const report = (reason: string) => broken.push({ page: page.file, line: index + 1, href, reason });
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
        if (hash && target.endsWith('.html') && !anchorExists(hash, ids(target), htmlOf(target))) {
          report(`no element with id "${hash}"`);
        }
      }
    });
  }
  return broken;
}

/**
 * Whether a fragment leads somewhere on a page: an element id, or a diagram deep link
 * (`diagram-<id>/<node>` to a box the diagram has, `diagram-<id>/step-<n>` to one of its steps).
 */
function anchorExists(hash: string, ids: ReadonlySet<string>, html: string): boolean {
  if (ids.has(hash)) return true;
  const deep = hash.match(/^(diagram-[a-z0-9-]+)\/(.+)$/);
  if (!deep || !ids.has(deep[1] ?? '')) return false;
  const step = deep[2]?.match(/^step-(\d+)$/);
  return step ? ids.has(`${deep[1]}-step-${step[1]}`) : html.includes(`data-dg-node="${deep[2]}"`);
}
