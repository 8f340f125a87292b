import { SOCIAL_CARD_SIZE } from './urls.ts';

/** What a social card says. Everything is plain text: the card is drawn, not laid out from HTML. */
export interface SocialCardContent {
  /** The small line above the title: `Question 3 · Spark`, `Concept`. */
  kicker: string;
  /** The question, the concept name or the site's headline. */
  title: string;
  /** One or two sentences under the title; cut at a word to fit. */
  detail: string;
  /** The theme colour: the side bar and the kicker. */
  accent: string;
  siteName: string;
  /** Where the page lives, shown at the bottom without the scheme: `example.com/q/3/`. */
  url: string;
}

/** A node of the element tree satori draws: the shape React elements have, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const BACKGROUND = '#10131f';
const TEXT = '#f5f6fa';
const MUTED = '#b4b9cc';
const DETAIL_LIMIT = 190;

/** Cuts text at the last whole word that fits in `limit` characters and adds an ellipsis. */
export function truncateAtWord(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Longer titles get a smaller size so every question fits in four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 60) return 68;
  if (title.length <= 90) return 58;
  return 50;
}

function node(
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/**
 * The element tree of a 1200x630 card: a theme-coloured bar on the left, the site name, the kicker,
 * the title, a sentence and the page URL. Satori supports flexbox only, so every box is a flex box.
 */
export function socialCardTree(card: SocialCardContent): CardNode {
  const { width, height } = SOCIAL_CARD_SIZE;
  return node(
    'div',
    {
      width,
      height,
      display: 'flex',
      backgroundColor: BACKGROUND,
      color: TEXT,
      fontFamily: 'Inter',
    },
    [
      node('div', { width: 24, height, backgroundColor: card.accent }),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: '56px 72px 52px 64px',
        },
        [
          node('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: MUTED }, card.siteName),
          node('div', { display: 'flex', flexDirection: 'column' }, [
            node(
              'div',
              { display: 'flex', fontSize: 32, fontWeight: 700, color: card.accent, marginBottom: 20 },
              card.kicker,
            ),
            node(
              'div',
              {
                display: 'flex',
                fontSize: titleFontSize(card.title),
                fontWeight: 800,
                lineHeight: 1.12,
                letterSpacing: '-0.02em',
              },
              card.title,
            ),
            node(
              'div',
              {
                display: 'flex',
                fontSize: 27,
                fontWeight: 400,
                lineHeight: 1.4,
                color: MUTED,
                marginTop: 24,
              },
              truncateAtWord(card.detail, DETAIL_LIMIT),
            ),
          ]),
          node('div', { display: 'flex', fontSize: 24, fontWeight: 600, color: MUTED }, card.url),
        ],
      ),
    ],
  );
}
