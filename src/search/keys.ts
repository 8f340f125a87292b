/**
 * Keyboard rules for search, kept apart from the DOM so unit tests can state them: when "/"
 * opens search, and where the arrow keys move between a search box and its results.
 */

/** The part of a `KeyboardEvent` the rules read. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

/** The part of the focused element the rules read. */
export interface FocusLike {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

/** Input types that take no typed text, so "/" pressed on them is free to open search. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether the focused element takes typed text, so a "/" pressed there belongs to it. */
export function isTextEntry(focused: FocusLike | null | undefined): boolean {
  if (!focused) return false;
  if (focused.isContentEditable) return true;
  const tag = focused.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((focused.type ?? 'text').toLowerCase());
}

/** Whether a key press is the "/" shortcut: a bare "/" while the reader is not typing. */
export function isSlashShortcut(event: KeyLike, focused: FocusLike | null | undefined): boolean {
  return (
    event.key === '/' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing &&
    !event.defaultPrevented &&
    !isTextEntry(focused)
  );
}

/** Keys that move between the search box and the results. */
export type ResultKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export function isResultKey(key: string): key is ResultKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';
}

/**
 * Where focus goes next. Positions are result indexes, with -1 for the search box: Down from
 * the box reaches the first result, Up from the first result returns to the box, and the ends
 * stop rather than wrap, so holding a key never jumps. Home and End apply only among results
 * (in the box they move the caret).
 */
export function nextPosition(current: number, key: ResultKey, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? -1 : current - 1;
    case 'Home':
      return current === -1 ? -1 : 0;
    case 'End':
      return current === -1 ? -1 : count - 1;
  }
}
