import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderBadge } from '../../../src/cards/badge.ts';
import { socialCardTree, titleFontSize, truncateAtWord } from '../../../src/cards/social-card.ts';

describe('social card layout', () => {
  it('cuts long text at a word and marks the cut', () => {
    assert.equal(truncateAtWord('short text', 50), 'short text');
    const cut = truncateAtWord('one two three four five six seven eight nine ten', 20);
    assert.ok(cut.length <= 20, cut);
    assert.match(cut, /^one two three four…$/);
  });
  it('shrinks the title as questions get longer', () => {
    assert.ok(titleFontSize('x'.repeat(50)) > titleFontSize('x'.repeat(80)));
    assert.ok(titleFontSize('x'.repeat(80)) > titleFontSize('x'.repeat(115)));
  });
  it('is 1200x630 and shows the kicker, title and URL', () => {
    const tree = socialCardTree({
      kicker: 'Question 3 · Spark',
      title: 'How?',
      detail: 'Because.',
      accent: '#f97316',
      siteName: 'Site',
      url: 'example.com/q/3/',
    });
    assert.equal(tree.props.style?.['width'], 1200);
    assert.equal(tree.props.style?.['height'], 630);
    const text = JSON.stringify(tree);
    for (const part of ['Question 3 · Spark', 'How?', 'Because.', 'example.com/q/3/', '#f97316']) {
      assert.ok(text.includes(part), part);
    }
  });
});

describe('README badge', () => {
  it('is a 20 px high SVG that says what it shows', async () => {
    const svg = await renderBadge({
      label: 'Q3',
      message: 'Optimising Spark jobs',
      accent: '#f97316',
      title: 'Q3 · Spark',
    });
    assert.match(svg, /^<svg width="\d+" height="20"/);
    assert.match(svg, /role="img" aria-label="Q3 · Spark"><title>Q3 · Spark<\/title>/);
  });
});
