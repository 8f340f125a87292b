import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARROW_DIRECTIONS, nearestTowards, neighbourTowards } from '../../../src/diagrams/direction.ts';

// A small pipeline: a feeds b (straight below) and c (below, far to the right); d is unlinked,
// to the right of a.
const centres = new Map([
  ['a', { x: 100, y: 0 }],
  ['b', { x: 100, y: 100 }],
  ['c', { x: 400, y: 90 }],
  ['d', { x: 300, y: 0 }],
]);
const edges = [
  { from: 'a', to: 'b' },
  { from: 'a', to: 'c' },
];
const down = ARROW_DIRECTIONS.ArrowDown ?? [0, 1];
const right = ARROW_DIRECTIONS.ArrowRight ?? [1, 0];
const up = ARROW_DIRECTIONS.ArrowUp ?? [0, -1];

describe('which box an arrow key moves to', () => {
  it('follows the edge whose box lies most nearly straight that way', () => {
    // c is nearer along the axis (90 < 100) but 300 across; b is straight below.
    assert.equal(neighbourTowards('a', edges, centres, down), 'b');
  });

  it('prefers a neighbour over a nearer unlinked box', () => {
    // d is closer to the right of a, but c is linked to a.
    assert.equal(neighbourTowards('a', edges, centres, right), 'c');
  });

  it('falls back to the nearest box that way when no neighbour lies there', () => {
    assert.equal(neighbourTowards('b', [], centres, right), 'c');
    assert.equal(neighbourTowards('d', edges, centres, ARROW_DIRECTIONS.ArrowLeft ?? [-1, 0]), 'a');
  });

  it('stays put at the edge of the diagram', () => {
    assert.equal(neighbourTowards('a', edges, centres, up), undefined);
    assert.equal(nearestTowards('nowhere', centres, down, centres.keys()), undefined);
  });
});
