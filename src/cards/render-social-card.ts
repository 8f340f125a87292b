import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { readRendered } from '../diagrams/index.ts';
import { diagramPng } from './diagram-png.ts';
import { interFonts } from './fonts.ts';
import { CARD_DIAGRAM_BOX, socialCardTree, type CardDiagram, type SocialCardContent } from './social-card.ts';
import { SOCIAL_CARD_SIZE } from './urls.ts';

/** The card's diagram, drawn from its stored render; throws, naming it, when there is none. */
function cardDiagram(id: string): CardDiagram {
  const rendered = readRendered(id);
  if (!rendered) throw new Error(`social card: no render for diagrams/${id}.mmd. Run: npm run diagrams`);
  const { src, frame } = diagramPng(rendered.html, rendered, CARD_DIAGRAM_BOX);
  return { src, width: frame.width, height: frame.height, cropped: frame.cropped };
}

/**
 * Draws a social card as a 1200x630 PNG: satori lays the card out and turns its text into paths,
 * resvg rasterises the SVG. A card naming a diagram shows it, itself drawn by resvg from the
 * prerendered SVG. No browser and no system font is involved.
 */
export async function renderSocialCard(card: SocialCardContent): Promise<Uint8Array<ArrayBuffer>> {
  const diagram = card.diagramId ? cardDiagram(card.diagramId) : undefined;
  const svg = await satori(socialCardTree(card, diagram), {
    ...SOCIAL_CARD_SIZE,
    fonts: await interFonts(),
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: SOCIAL_CARD_SIZE.width },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
