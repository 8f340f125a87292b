import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { SOCIAL_CARD_SIZE } from './urls.ts';
import { socialCardTree, type SocialCardContent } from './social-card.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 600, 700, 800] as const;

let fontsPromise: Promise<Font[]> | undefined;

/**
 * Inter from the `@fontsource/inter` package, in the WOFF files satori can read (it cannot read
 * WOFF2). Shipping the font with the project means the cards look the same on any machine, with no
 * system fonts installed.
 */
function loadFonts(): Promise<Font[]> {
  fontsPromise ??= Promise.all(
    WEIGHTS.map(async (weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    })),
  );
  return fontsPromise;
}

/**
 * Draws a social card as a 1200x630 PNG: satori lays the card out and turns its text into paths,
 * resvg rasterises the SVG. No browser and no system font is involved.
 */
export async function renderSocialCard(card: SocialCardContent): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(socialCardTree(card), { ...SOCIAL_CARD_SIZE, fonts: await loadFonts() });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: SOCIAL_CARD_SIZE.width },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
