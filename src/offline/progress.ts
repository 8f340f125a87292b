/**
 * What the "Save for offline" control says, from the numbers it has. Pure, so every sentence is
 * tested without a browser.
 */

/** Bytes as a reader reads them: `840 KB`, `8.4 MB` (decimal units, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `1 file`, `12 files`. */
const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

export type SaveState =
  | { kind: 'unsupported' }
  /** Not everything is held: `missing` files of `bytes` to fetch (the first visit kept the rest). */
  | { kind: 'idle'; missing: number; bytes: number }
  | { kind: 'saving'; done: number; total: number; doneBytes: number; bytes: number }
  /** Everything is held: `total` files, `bytes` in all. */
  | { kind: 'saved'; total: number; bytes: number }
  | { kind: 'failed'; failed: number; total: number };

/** The status line for a state of the control. */
export function saveStatus(state: SaveState): string {
  switch (state.kind) {
    case 'unsupported':
      return 'This browser cannot keep the site for offline reading.';
    case 'idle':
      return `Not saved yet: ${files(state.missing)}, ${formatBytes(state.bytes)}.`;
    case 'saving':
      return `Saving… ${state.done} of ${files(state.total)}, ${formatBytes(state.doneBytes)} of ${formatBytes(state.bytes)}.`;
    case 'saved':
      return `Saved: ${files(state.total)}, ${formatBytes(state.bytes)}. Reading, search and practice now work offline.`;
    case 'failed':
      return `${state.failed} of ${files(state.total)} could not be saved (is the network down?). Try again for the rest.`;
  }
}

/** The button's label: what pressing it does in that state. */
export function saveButtonLabel(state: SaveState): string {
  if (state.kind === 'saved') return 'Saved for offline';
  if (state.kind === 'saving') return 'Saving…';
  if (state.kind === 'failed') return 'Save the rest';
  return 'Save for offline';
}
