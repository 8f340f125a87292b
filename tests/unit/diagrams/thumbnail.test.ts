import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cssRules,
  frameDiagram,
  readRendered,
  standaloneLightSvg,
  themedThumbnailSvg,
} from '../../../src/diagrams/index.ts';

describe('framing a diagram', () => {
  const box = { width: 520, height: 490 };
  it('scales a wide diagram to the width, never up', () => {
    assert.deepEqual(frameDiagram({ width: 1040, height: 400 }, box), {
      scale: 0.5,
      width: 520,
      height: 200,
      visible: 1,
      cropped: false,
    });
    assert.equal(frameDiagram({ width: 100, height: 100 }, box).scale, 1);
  });
  it('scales down a diagram that is only a little too tall', () => {
    const frame = frameDiagram({ width: 500, height: 540 }, box);
    assert.equal(frame.cropped, false);
    assert.equal(frame.height, 490);
  });
  it('shows the top of a tall diagram, at least half of it, readable', () => {
    const frame = frameDiagram({ width: 500, height: 1400 }, box);
    assert.equal(frame.cropped, true);
    assert.ok(frame.visible >= 0.5 && frame.visible < 1, String(frame.visible));
    assert.ok(frame.height <= box.height && frame.width <= box.width);
    assert.ok(frame.scale > box.height / 1400, 'larger than a whole-diagram fit');
  });
});

describe('diagram thumbnails', () => {
  const rendered = readRendered('spark-optimisation');
  if (!rendered) throw new Error('diagrams/rendered/spark-optimisation.json is missing');
  it('for cards: light styles only, without the page scope, with the XLink namespace', () => {
    const svg = standaloneLightSvg(rendered.html);
    assert.ok(!svg.includes(':root:not(') && !svg.includes('data-theme'), 'no theme scope left');
    assert.match(svg, /xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink"/);
    const css = svg.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    assert.ok(cssRules(css).some((rule) => rule.prelude.startsWith('#dg-spark-optimisation .node rect')));
  });
  it('for embeds: framed, node links unwrapped in place, dark for a dark system without a theme', () => {
    const { svg, frame } = themedThumbnailSvg(rendered.html, rendered, { width: 640, height: 240 });
    assert.doesNotMatch(svg, /<a\b/);
    assert.match(svg, /<g data-look="classic" transform="translate\(/);
    assert.match(
      svg,
      /@media \(prefers-color-scheme: dark\)\{:root:not\(\[data-theme\]\) #dg-spark-optimisation/,
    );
    assert.match(svg, new RegExp(`width="${frame.width}" height="${frame.height}"`));
  });
});
