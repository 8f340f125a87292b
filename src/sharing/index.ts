/**
 * Sharing: short permalinks (`/q/3/`), copy-link controls, social cards and the Open Graph / X
 * tags that show them, for readers who link single answers from a portfolio or a post.
 */
export { cardOfPage, getCardedPages, type CardedPage } from './carded-pages.ts';
export { renderSocialCard } from './render-social-card.ts';
export { shortLinkPages } from './short-links.ts';
export { SOCIAL_CARD_SIZE, shortLinkPath, socialCardPath } from './urls.ts';
