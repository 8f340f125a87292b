import { Resvg } from '@resvg/resvg-js';
import {
  frameDiagram,
  framedSvg,
  standaloneLightSvg,
  type DiagramFrame,
  type Size,
} from '../diagrams/index.ts';
import { DIAGRAM_FONT_FAMILY, arimoFontFiles } from './fonts.ts';

/**
 * The diagram as a PNG data URL for a social card, drawn by resvg from the light SVG at the framed
 * size (the card draws it pixel for pixel), on white. Text is set in Arimo.
 */
export function diagramPng(html: string, size: Size, box: Size): { src: string; frame: DiagramFrame } {
  const frame = frameDiagram(size, box);
  const svg = framedSvg(standaloneLightSvg(html), frame);
  const png = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: frame.width },
    font: { loadSystemFonts: false, fontFiles: arimoFontFiles(), defaultFontFamily: DIAGRAM_FONT_FAMILY },
  })
    .render()
    .asPng();
  return { src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, frame };
}
