import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBytes, saveButtonLabel, saveStatus } from '../../../src/offline/progress.ts';

describe('the Save for offline control', () => {
  it('writes sizes as a reader reads them', () => {
    assert.equal(formatBytes(512), '512 bytes');
    assert.equal(formatBytes(84_200), '84 KB');
    assert.equal(formatBytes(8_940_000), '8.9 MB');
  });
  it('says what is left, the progress, and when it is done', () => {
    assert.equal(
      saveStatus({ kind: 'idle', missing: 420, bytes: 7_200_000 }),
      'Not saved yet: 420 files, 7.2 MB.',
    );
    assert.equal(
      saveStatus({ kind: 'saving', done: 120, total: 420, doneBytes: 2_100_000, bytes: 7_200_000 }),
      'Saving… 120 of 420 files, 2.1 MB of 7.2 MB.',
    );
    assert.equal(
      saveStatus({ kind: 'saved', total: 476, bytes: 8_900_000 }),
      'Saved: 476 files, 8.9 MB. Reading, search and practice now work offline.',
    );
    assert.equal(
      saveStatus({ kind: 'failed', failed: 1, total: 420 }),
      '1 of 420 files could not be saved (is the network down?). Try again for the rest.',
    );
  });
  it('labels the button with what a press does', () => {
    assert.equal(saveButtonLabel({ kind: 'idle', missing: 3, bytes: 10 }), 'Save for offline');
    assert.equal(saveButtonLabel({ kind: 'failed', failed: 3, total: 10 }), 'Save the rest');
    assert.equal(saveButtonLabel({ kind: 'saved', total: 3, bytes: 10 }), 'Saved for offline');
  });
});
