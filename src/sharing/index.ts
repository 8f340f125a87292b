/**
 * Sharing: short permalinks (`/q/3/`), copy-link controls, social cards and the Open Graph / X
 * tags that show them, and the portfolio kit: embeddable cards (`/embed/q/3/`), the answers as
 * feeds, oEmbed documents and README badges, for readers who show single answers on a portfolio,
 * a CV site, a README or a post.
 */
export { getCardedPages, type CardedPage } from './carded-pages.ts';
export { embedNotFoundPage, embedPages } from './embed.ts';
export { badgeImages, feedDocuments, oembedDocuments } from './portfolio.ts';
export { renderSocialCard } from './render-social-card.ts';
export { shortLinkPages, shortLinkRedirects } from './short-links.ts';
export { EMBED_NOT_FOUND_PATH, embedPath, shortLinkPath } from './urls.ts';
export { sharingPlugin } from './plugin.ts';
