import satori from 'satori';
import { escapeHtml } from '../shared/text.ts';
import { interFonts } from './fonts.ts';
import type { CardNode } from './social-card.ts';

/** The badge's height, in pixels: the size of the usual README badges. */
export const BADGE_HEIGHT = 20;
const LABEL_BACKGROUND = '#10131f';
const LABEL_TEXT = '#f5f6fa';
/** Dark text on the theme colour: every theme colour keeps it above 4.5:1. */
const MESSAGE_TEXT = '#10131f';

/** What a badge says: `Q3` on the left, the short title on the theme colour on the right. */
export interface BadgeContent {
  label: string;
  message: string;
  accent: string;
  /** The whole badge in words, for screen readers and as a tooltip: `Q3 · Optimising Spark jobs`. */
  title: string;
}

function part(text: string, background: string, color: string, radius: string): CardNode {
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        alignItems: 'center',
        height: BADGE_HEIGHT,
        padding: '0 7px',
        borderRadius: radius,
        backgroundColor: background,
        color,
      },
      children: text,
    },
  };
}

/** The element tree of a badge; satori measures its width from the text. */
export function badgeTree(badge: BadgeContent): CardNode {
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        height: BADGE_HEIGHT,
        fontFamily: 'Inter',
        fontSize: 11,
        fontWeight: 600,
      },
      children: [
        part(badge.label, LABEL_BACKGROUND, LABEL_TEXT, '4px 0 0 4px'),
        part(badge.message, badge.accent, MESSAGE_TEXT, '0 4px 4px 0'),
      ],
    },
  };
}

/**
 * A README badge as SVG: satori lays it out in Inter and turns the text into paths, so it looks the
 * same wherever it is shown (GitHub serves README images through a proxy that loads no fonts).
 * The SVG gets `role="img"` and a `<title>` with the text, which paths alone would not carry.
 */
export async function renderBadge(badge: BadgeContent): Promise<string> {
  const svg = await satori(badgeTree(badge), { height: BADGE_HEIGHT, fonts: await interFonts() });
  const title = escapeHtml(badge.title);
  return svg.replace(/^<svg\b([^>]*)>/, `<svg$1 role="img" aria-label="${title}"><title>${title}</title>`);
}
