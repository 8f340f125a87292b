import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { badgePath, socialCardPath } from '../../../src/cards/urls.ts';

describe('image addresses', () => {
  it('names a card after its page id, the home page after index', () => {
    assert.equal(
      socialCardPath('answers/spark-performance-and-cost'),
      '/og/answers/spark-performance-and-cost.png',
    );
    assert.equal(socialCardPath(''), '/og/index.png');
    assert.equal(socialCardPath('index'), '/og/index.png');
  });
  it('gives each question a badge', () => {
    assert.equal(badgePath(3), '/badge/q/3.svg');
    assert.throws(() => badgePath(0), /no badge for question 0/);
  });
});
