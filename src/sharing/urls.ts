/**
 * The addresses a reader shares: short permalinks and social card images, relative to the base
 * (`shared/urls.ts` makes them absolute). Pure, so pages, endpoints and tests agree on them.
 */

/**
 * The short permalink of question `number`, relative to the base: `/q/3/`. The trailing slash is
 * the form every static host serves without a redirect (S3 behind CloudFront included).
 */
export function shortLinkPath(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`no short link for question ${number}`);
  return `/q/${number}/`;
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
