import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clampView,
  openingScale,
  openingView,
  visibleCentre,
  zoomAround,
} from '../../../src/diagrams/zoom.ts';

const phone = { width: 390, height: 700 };
const labels = { median: 16, min: 16 };
const wide = { width: 1600, height: 1000 };

describe('the full-screen viewer', () => {
  it('opens at a readable scale: the whole diagram if it reads so, else labels at 12 px on a phone', () => {
    assert.equal(openingScale(wide, labels, phone, true), 0.75);
    assert.equal(openingScale(wide, labels, { width: 1280, height: 900 }, false), 13.5 / 16);
    assert.equal(openingScale({ width: 300, height: 200 }, labels, { width: 1280, height: 900 }, false), 1.5);
  });

  it('opens with the top of the diagram in view, centred across', () => {
    const view = openingView(0.75, wide, phone);
    assert.equal(view.y, 16);
    assert.equal(view.x, (390 - 1200) / 2);
  });

  it('never lets the diagram leave the screen: centred when smaller, no gap at an edge when larger', () => {
    assert.deepEqual(clampView({ scale: 0.2, x: -500, y: 900 }, wide, phone), { scale: 0.2, x: 35, y: 250 });
    assert.deepEqual(clampView({ scale: 1, x: 200, y: -5000 }, wide, phone), { scale: 1, x: 16, y: -316 });
  });

  it('zooms around the given point, which stays put, within its limits', () => {
    const view = { scale: 1, x: -400, y: -100 };
    const zoomed = zoomAround(view, 2, 200, 300, { min: 0.5, max: 8 }, wide, phone);
    // The diagram point under (200, 300) was (600, 400); it is still there.
    assert.equal((200 - zoomed.x) / zoomed.scale, 600);
    assert.equal((300 - zoomed.y) / zoomed.scale, 400);
    assert.equal(zoomAround(view, 100, 0, 0, { min: 0.5, max: 8 }, wide, phone).scale, 8);
  });

  it('zooms its buttons around the middle of the part of the diagram that shows', () => {
    assert.deepEqual(visibleCentre({ scale: 1, x: -400, y: 100 }, wide, phone), { x: 195, y: 400 });
    assert.deepEqual(visibleCentre({ scale: 0.2, x: 35, y: 250 }, wide, phone), { x: 195, y: 350 });
  });
});
