/**
 * The addresses of the portfolio kit, relative to the base (`shared/urls.ts` makes them absolute):
 * embeds, oEmbed documents and the feeds. Pure, so pages, endpoints and tests agree on them.
 */
import { questionNumber } from '../shared/ids.ts';

/** The embeddable card of question `number`, relative to the base: `/embed/q/3/`. */
export function embedPath(number: number): string {
  return `/embed/q/${questionNumber(number, 'embed')}/`;
}

/** The page a missing embed (`/embed/q/99/`) is answered with, relative to the base. */
export const EMBED_NOT_FOUND_PATH = '/embed/404.html';

/** The static oEmbed document of question `number`: `/oembed/q/3.json`. */
export function oembedPath(number: number): string {
  return `/oembed/q/${questionNumber(number, 'oEmbed document')}.json`;
}

/** The list of answers as a JSON Feed 1.1, and as Atom. */
export const JSON_FEED_PATH = '/answers.json';
export const ATOM_FEED_PATH = '/feed.xml';
