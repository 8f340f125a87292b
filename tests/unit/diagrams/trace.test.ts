import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trace } from '../../../src/diagrams/trace.ts';

// bronze → silver → gold → dashboard, silver → features, and a loop gold → audit → gold.
const arrows = [
  { from: 'bronze', to: 'silver' },
  { from: 'silver', to: 'gold' },
  { from: 'gold', to: 'dashboard' },
  { from: 'silver', to: 'features' },
  { from: 'gold', to: 'audit' },
  { from: 'audit', to: 'gold' },
];

describe('tracing a box through the diagram', () => {
  it('downstream: everything it feeds, however far, along every arrow followed', () => {
    const { nodes, arrows: followed } = trace(arrows, 'silver', 'down');
    assert.deepEqual([...nodes].sort(), ['audit', 'dashboard', 'features', 'gold', 'silver']);
    assert.equal(followed.length, 5);
  });
  it('upstream: everything it depends on, against the arrows', () => {
    assert.deepEqual([...trace(arrows, 'dashboard', 'up').nodes].sort(), [
      'audit',
      'bronze',
      'dashboard',
      'gold',
      'silver',
    ]);
  });
  it('ends on a loop and on a box with no arrows', () => {
    assert.deepEqual([...trace(arrows, 'audit', 'down').nodes].sort(), ['audit', 'dashboard', 'gold']);
    assert.deepEqual([...trace(arrows, 'lonely', 'up').nodes], ['lonely']);
  });
});
