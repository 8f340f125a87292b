import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSocialCard } from '../../../src/cards/render-social-card.ts';
import type { SocialCardContent } from '../../../src/cards/social-card.ts';
import { decodePng, shareOfPixels, type DecodedPng } from '../../support/png.ts';

const content: SocialCardContent = {
  kicker: 'Question 3 · Spark',
  title: 'How do you optimize Spark jobs for performance and cost?',
  detail: 'How to make Spark jobs faster and cheaper.',
  accent: '#f97316',
  siteName: 'Data Engineering Answers',
  url: 'answers.example.com/q/3/',
};

/** The right half of a card, where the diagram goes. */
const RIGHT_HALF = { x: 600, y: 0, width: 600, height: 630 };
const white = (r: number, g: number, b: number) => r > 245 && g > 245 && b > 245;
/** The diagram's node fill (#ECECFF) and ink: light lavender or dark grey, never on the dark card. */
const diagramInk = (r: number, g: number, b: number) =>
  (Math.abs(r - 0xec) < 8 && Math.abs(g - 0xec) < 8 && b > 0xf5) || (r < 90 && g < 90 && b < 90 && r > 30);

describe('social cards with the main diagram', () => {
  let withDiagram: DecodedPng;
  let without: DecodedPng;

  it('are 1200x630 PNGs, with or without a diagram', async () => {
    withDiagram = decodePng(await renderSocialCard({ ...content, diagramId: 'spark-optimisation' }));
    without = decodePng(await renderSocialCard(content));
    assert.deepEqual([withDiagram.width, withDiagram.height], [1200, 630]);
    assert.deepEqual([without.width, without.height], [1200, 630]);
  });

  it('show the diagram on a white panel in the right half; the text-only card has none there', () => {
    const panel = shareOfPixels(withDiagram, RIGHT_HALF, white);
    assert.ok(panel > 0.25, `white panel covers ${(panel * 100).toFixed(1)} % of the right half`);
    assert.equal(shareOfPixels(without, RIGHT_HALF, white), 0);
    const ink = shareOfPixels(withDiagram, RIGHT_HALF, diagramInk);
    assert.ok(ink > 0.02, `diagram nodes and lines cover ${(ink * 100).toFixed(1)} % of the right half`);
  });

  it('keep the text on the left on the dark background', () => {
    const left = { x: 24, y: 0, width: 540, height: 630 };
    assert.equal(shareOfPixels(withDiagram, left, white) < 0.2, true);
  });
});
