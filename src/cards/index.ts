/**
 * Cards: the images drawn at build time, with no browser and no system font. Social cards
 * (`/og/*.png`, with an answer's main diagram) for link previews, and README badges; the pages that
 * have a card of their own, and the fonts both are drawn in.
 */
export { cardOfPage, getCardedPages, type CardedPage } from './carded-pages.ts';
export { renderBadge, type BadgeContent } from './badge.ts';
export { renderSocialCard } from './render-social-card.ts';
export { badgePath, SOCIAL_CARD_SIZE, socialCardPath } from './urls.ts';
