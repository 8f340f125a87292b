import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  choose,
  fitWidth,
  layoutCss,
  LEGIBILITY,
  pickNarrow,
  readableScale,
  scrollWidth,
  type DiagramLayout,
} from '../../../src/diagrams/legibility.ts';

const layout = (width: number, median = 16, min = median): DiagramLayout => ({
  width,
  height: 500,
  labels: { median, min },
});
const selectors = { main: '#d .main', narrow: '#d .narrow', hint: '#d .hint' };

describe('diagram legibility', () => {
  it('reads labels at their font size times the scale; the smallest label sets a floor too', () => {
    assert.equal(readableScale({ median: 16, min: 16 }, 12), 0.75);
    // Sequence numbers at 12 px: 9.5 / 12 beats 12 / 16.
    assert.equal(readableScale({ median: 16, min: 12 }, 12), LEGIBILITY.smallest / 12);
  });

  it('knows the narrowest frame a layout fits at a target, and never enlarges to fit', () => {
    assert.equal(fitWidth(layout(800), 12), 600);
    assert.equal(fitWidth(layout(800, 10), 12), Infinity, 'labels under the target at its own size');
    assert.equal(scrollWidth(layout(800, 10), 12), 960, 'a scrolling frame may enlarge it');
  });

  it('fits the main layout, else the narrow one, else scrolls the one that needs less room', () => {
    const main = layout(1000);
    const narrow = layout(600);
    const phone = LEGIBILITY.phone;
    assert.deepEqual(choose(main, narrow, 1000, phone), { variant: 'main' });
    assert.deepEqual(choose(main, narrow, 500, phone), { variant: 'narrow' });
    assert.deepEqual(choose(main, narrow, 390, phone), { variant: 'narrow', scroll: 450 });
    assert.deepEqual(choose(main, undefined, 390, phone), { variant: 'main', scroll: 750 });
  });

  it('keeps a narrow layout only when it changes what a phone reader gets', () => {
    // 600 px fits a 390 px phone at 10.4 px; 560 px fits at 11.1: worth its bytes.
    assert.ok(pickNarrow(layout(600), [layout(560)]));
    // Both scroll, and the narrow one by only 5 % less.
    assert.equal(pickNarrow(layout(800), [layout(760)]), undefined);
    // The best of several candidates (a flowchart tried left to right and top to bottom).
    assert.equal(pickNarrow(layout(1000), [layout(900), layout(700), layout(1200)])?.width, 700);
    assert.equal(pickNarrow(layout(1000), []), undefined);
  });

  it('writes container queries from the widest frame to the narrowest, per viewport class', () => {
    const css = layoutCss(layout(1000), layout(600), selectors);
    assert.ok(css.startsWith('#d .main{max-width:1000px}#d .narrow{max-width:600px}'));
    const phone = css.slice(
      css.indexOf('@media all and (max-width: 40rem)'),
      css.indexOf('@media not all and (max-width: 40rem)'),
    );
    // Under 694 px (1000 px at 11.1 / 16) the narrow layout; under 417 px it scrolls at 12 px.
    assert.match(
      phone,
      /@container dg-frame not \(min-width: 694px\)\{#d \.main\{display:none\}#d \.narrow\{display:block\}\}/,
    );
    assert.match(
      phone,
      /@container dg-frame not \(min-width: 417px\)\{#d \.main\{display:none\}#d \.narrow\{display:block\}#d \.narrow\{width:450px;max-width:none\}#d \.hint\{display:block\}\}/,
    );
    assert.match(
      css,
      /@media not all and \(max-width: 40rem\)\{@container dg-frame not \(min-width: 819px\)/,
    );
  });

  it('without a narrow layout, only scrolls, in frames too narrow for it', () => {
    const css = layoutCss(layout(700), undefined, selectors);
    assert.doesNotMatch(css, /display:none/);
    assert.match(
      css,
      /@container dg-frame not \(min-width: 486px\)\{#d \.main\{width:525px;max-width:none\}#d \.hint\{display:block\}\}/,
    );
    assert.match(
      layoutCss(layout(300), undefined, selectors),
      /^#d \.main\{max-width:300px\}@media all and \(max-width: 40rem\)\{@container dg-frame not \(min-width: 209px\)/,
    );
  });
});
