import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chipsOnOneLine } from '../../../src/concepts/chips.ts';

describe('concept chips on a phone', () => {
  it('keeps every chip when they all fit on one line', () => {
    assert.deepEqual(chipsOnOneLine(['Shuffle', 'Data skew', 'Caching']), [true, true, true]);
  });

  it('takes the chips that fit, in order, beside "+N more", skipping one too long for the rest', () => {
    const titles = [
      'Medallion architecture (bronze, silver, gold)',
      'Delta Lake',
      'Idempotency and backfills',
      'Incremental loads',
      'DAG (Airflow)',
      'Data quality checks',
    ];
    assert.deepEqual(chipsOnOneLine(titles), [false, true, false, true, false, false]);
    assert.deepEqual(chipsOnOneLine(titles, 1200), [true, true, true, true, true, true]);
  });
});
