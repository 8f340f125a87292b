import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overlap, placeBeside, scrollDelta, union } from '../../../src/diagrams/placement.ts';

const screen = { left: 0, top: 0, width: 1280, height: 800 };
const card = { width: 320, height: 200 };

describe("a box's card and the part of a diagram it shows", () => {
  it('measures overlaps and the rectangle around boxes', () => {
    assert.equal(
      overlap({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 }),
      25,
    );
    assert.equal(
      overlap({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 5, height: 5 }),
      0,
    );
    assert.deepEqual(
      union([
        { left: 10, top: 20, width: 5, height: 5 },
        { left: 0, top: 40, width: 5, height: 10 },
      ]),
      {
        left: 0,
        top: 20,
        width: 15,
        height: 30,
      },
    );
    assert.equal(union([]), undefined);
  });

  it('goes right of its box, else left of it, and stays on the screen', () => {
    const box = { left: 100, top: 100, width: 150, height: 50 };
    assert.deepEqual(placeBeside(box, card, screen), { left: 262, top: 100 });
    const nearRight = { left: 1000, top: 100, width: 150, height: 50 };
    assert.deepEqual(placeBeside(nearRight, card, screen), { left: 668, top: 100 });
    const low = { left: 100, top: 700, width: 150, height: 50 };
    assert.equal(placeBeside(low, card, screen).top, 592, 'pulled up into the screen');
  });

  it('moves off the boxes it highlights', () => {
    const box = { left: 100, top: 100, width: 150, height: 50 };
    const traced = [box, { left: 300, top: 100, width: 200, height: 300 }];
    const at = placeBeside(box, card, screen, traced);
    assert.equal(
      traced.reduce((sum, b) => sum + overlap({ ...at, ...card }, b), 0),
      0,
    );
  });

  it('scrolls as little as needed, or to the middle, and aligns what is too large with the start', () => {
    const area = { start: 100, size: 500 };
    assert.equal(scrollDelta({ start: 200, size: 50 }, area, 'nearest'), 0);
    assert.equal(scrollDelta({ start: 700, size: 50 }, area, 'nearest'), 150);
    assert.equal(scrollDelta({ start: 20, size: 50 }, area, 'nearest'), -80);
    assert.equal(scrollDelta({ start: 700, size: 50 }, area, 'centre'), 375);
    assert.equal(scrollDelta({ start: 700, size: 900 }, area, 'centre'), 600);
  });
});
