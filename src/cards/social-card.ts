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
  /** The id of a diagram drawn beside the title (an answer's main diagram); the detail then goes. */
  diagramId?: string | undefined;
}

/** A diagram as the card shows it: a PNG (data URL) at its drawn size, faded out when cut. */
export interface CardDiagram {
  src: string;
  width: number;
  height: number;
  cropped: boolean;
}

/**
 * The room a diagram has on a card, inside its white panel: the right half, less margins. Its text
 * stays readable on the full card, and its shape when LinkedIn shows the card at 520x272.
 */
export const CARD_DIAGRAM_BOX = { width: 520, height: 490 } as const;
const PANEL_PADDING = 20;
const TEXT_COLUMN = 560;

/** A node of the element tree satori draws: the shape React elements have, without React. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | string;
    src?: string;
    width?: number;
    height?: number;
  };
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

/** The same, for the narrower column beside a diagram: every question fits in six lines. */
export function besideDiagramTitleFontSize(title: string): number {
  if (title.length <= 60) return 50;
  if (title.length <= 90) return 44;
  return 38;
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
 * With a `diagram`, the text takes the left half (without the sentence) and the diagram the right.
 */
export function socialCardTree(card: SocialCardContent, diagram?: CardDiagram): CardNode {
  if (diagram) return diagramCardTree(card, diagram);
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

/**
 * A card with a diagram: the question on the left, on the dark background; the diagram on the
 * right, on a white panel sized to it, its cut-off bottom (for tall diagrams) fading into the
 * panel.
 */
function diagramCardTree(card: SocialCardContent, diagram: CardDiagram): CardNode {
  const { width, height } = SOCIAL_CARD_SIZE;
  const image: CardNode = {
    type: 'img',
    props: {
      src: diagram.src,
      width: diagram.width,
      height: diagram.height,
      style: { display: 'flex', width: diagram.width, height: diagram.height },
    },
  };
  const fade = node('div', {
    position: 'absolute',
    left: 0,
    right: 0,
    bottom: 0,
    height: 72,
    backgroundImage: 'linear-gradient(to bottom, rgba(255,255,255,0), #ffffff 85%)',
    borderRadius: '0 0 16px 16px',
  });
  return node(
    'div',
    { width, height, display: 'flex', backgroundColor: BACKGROUND, color: TEXT, fontFamily: 'Inter' },
    [
      node('div', { width: 24, height, flexShrink: 0, backgroundColor: card.accent }),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: TEXT_COLUMN,
          flexShrink: 0,
          boxSizing: 'border-box',
          padding: '52px 36px 48px 56px',
        },
        [
          node('div', { display: 'flex', fontSize: 26, fontWeight: 600, color: MUTED }, card.siteName),
          node('div', { display: 'flex', flexDirection: 'column' }, [
            node(
              'div',
              { display: 'flex', fontSize: 25, fontWeight: 700, color: card.accent, marginBottom: 18 },
              card.kicker,
            ),
            node(
              'div',
              {
                display: 'flex',
                fontSize: besideDiagramTitleFontSize(card.title),
                fontWeight: 800,
                lineHeight: 1.14,
                letterSpacing: '-0.02em',
              },
              card.title,
            ),
          ]),
          node('div', { display: 'flex', fontSize: 24, fontWeight: 600, color: MUTED }, card.url),
        ],
      ),
      node(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          justifyContent: 'center',
          padding: '0 48px 0 8px',
        },
        [
          node(
            'div',
            {
              display: 'flex',
              position: 'relative',
              padding: PANEL_PADDING,
              borderRadius: 16,
              backgroundColor: '#ffffff',
            },
            diagram.cropped ? [image, fade] : [image],
          ),
        ],
      ),
    ],
  );
}
