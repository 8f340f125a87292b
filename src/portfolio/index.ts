/**
 * The portfolio kit, for readers who show single answers on a portfolio, a CV site, a README or a
 * post: embeddable cards (`/embed/q/3/`) and the Embed control that hands out their snippets, the
 * answers as feeds, oEmbed documents, and the README badges' files.
 */
export { embedNotFoundPage, embedPages } from './embed.ts';
export { badgeImages, feedDocuments, oembedDocuments } from './portfolio.ts';
export { ATOM_FEED_PATH, EMBED_NOT_FOUND_PATH, embedPath, JSON_FEED_PATH, oembedPath } from './urls.ts';
