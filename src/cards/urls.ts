/**
 * The addresses of the drawn images, relative to the base (`shared/urls.ts` makes them absolute):
 * social cards and README badges. Pure, so pages, endpoints and tests agree on them.
 */
import { questionNumber } from '../shared/ids.ts';

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

/** The README badge of question `number`: `/badge/q/3.svg`. */
export function badgePath(number: number): string {
  return `/badge/q/${questionNumber(number, 'badge')}.svg`;
}
