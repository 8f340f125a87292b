import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptTerms, termsPattern } from '../../../src/concepts/terms.ts';

describe('concept terms', () => {
  it('uses the title without its parenthetical, an abbreviation in it, and the aliases, longest first', () => {
    assert.deepEqual(conceptTerms('Adaptive query execution (AQE)', ['adaptive execution']), [
      'Adaptive query execution',
      'adaptive execution',
      'AQE',
    ]);
    assert.deepEqual(conceptTerms('DAG (Airflow)', []), ['DAG']);
  });

  it('matches whole words, plurals included, in any case', () => {
    const pattern = termsPattern(['shuffle', 'broadcast join']);
    assert.match('Two Shuffles happen', pattern);
    assert.match('use broadcast joins', pattern);
    assert.doesNotMatch('reshuffled', pattern);
    assert.doesNotMatch('shuffle-free', pattern);
  });
});
