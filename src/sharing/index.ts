/**
 * Sharing: short permalinks (`/q/3/`), copy-link controls, social cards and the Open Graph / X
 * tags that show them, for readers who link single answers from a portfolio or a post.
 */
export { getCardedPages, type CardedPage } from './carded-pages.ts';
export { renderSocialCard } from './render-social-card.ts';
export { shortLinkPages } from './short-links.ts';
export { shortLinkPath } from './urls.ts';
