/**
 * The addresses a reader shares: short permalinks and social card images, relative to the base
 * (`shared/urls.ts` makes them absolute). Pure, so pages, endpoints and tests agree on them.
 */

/**
 * The short permalink of question `number`, relative to the base: `/q/3/`. The trailing slash is
 * the form every static host serves without a redirect (S3 behind CloudFront included).
 */
export function shortLinkPath(number: number): string {
  return `/q/${questionNumber(number)}/`;
}

/** A question number, checked: every per-question address needs a whole number from 1. */
function questionNumber(number: number): number {
  if (!Number.isInteger(number) || number < 1) throw new Error(`no short link for question ${number}`);
  return number;
}

/**
 * The social card image of a page, relative to the base, from its content id: `answers/x` gives
 * `/og/answers/x.png`; the home page (id `''` or `index`) gives `/og/index.png`.
 */
export function socialCardPath(entryId: string): string {
  const id = entryId.replace(/^\/+|\/+$/g, '') || 'index';
  return `/og/${id}.png`;
}

/** Width and height of every social card, in pixels: the size Open Graph and X recommend. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** The embeddable card of question `number`, relative to the base: `/embed/q/3/`. */
export function embedPath(number: number): string {
  return `/embed/q/${questionNumber(number)}/`;
}

/** The page a missing embed (`/embed/q/99/`) is answered with, relative to the base. */
export const EMBED_NOT_FOUND_PATH = '/embed/404.html';

/** The static oEmbed document of question `number`: `/oembed/q/3.json`. */
export function oembedPath(number: number): string {
  return `/oembed/q/${questionNumber(number)}.json`;
}

/** The README badge of question `number`: `/badge/q/3.svg`. */
export function badgePath(number: number): string {
  return `/badge/q/${questionNumber(number)}.svg`;
}

/** The list of answers as a JSON Feed 1.1, and as Atom. */
export const JSON_FEED_PATH = '/answers.json';
export const ATOM_FEED_PATH = '/feed.xml';
