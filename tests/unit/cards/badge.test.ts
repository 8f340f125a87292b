import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neutralColour, themeColours } from '../../../src/answers/index.ts';
import { contrast } from '../../../src/diagrams/visual.ts';
import { LABEL_BACKGROUND, LABEL_TEXT, MESSAGE_TEXT, badgeTree } from '../../../src/cards/badge.ts';

// Where a README badge is shown: GitHub's light and dark pages.
const BACKGROUNDS = { light: '#ffffff', dark: '#0d1117' };

describe('the README badge', () => {
  it('stands out on light and dark pages: its label and its border (3:1, WCAG 1.4.11)', async () => {
    for (const [name, page] of Object.entries(BACKGROUNDS)) {
      const ratio = contrast(LABEL_BACKGROUND, page);
      assert.ok(ratio >= 3, `the label on the ${name} page: ${ratio.toFixed(2)}:1`);
    }
    const tree = badgeTree({ label: 'Q3', message: 'Spark', accent: themeColours.sql, title: 'Q3' });
    assert.equal(tree.props.style?.['border'], `1px solid ${LABEL_BACKGROUND}`);
  });

  it('keeps its text at 4.5:1 on both halves', () => {
    assert.ok(contrast(LABEL_TEXT, LABEL_BACKGROUND) >= 4.5);
    for (const accent of [...Object.values(themeColours), neutralColour]) {
      const ratio = contrast(MESSAGE_TEXT, accent);
      assert.ok(ratio >= 4.5, `text on ${accent}: ${ratio.toFixed(2)}:1`);
    }
  });
});
