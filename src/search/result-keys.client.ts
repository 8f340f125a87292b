import { isResultKey, nextPosition } from './keys.ts';

/** How a search UI exposes its box and result links to the arrow keys. */
export interface ResultKeysTarget {
  /** The element that receives key presses: the dialog or the search page. */
  root: HTMLElement;
  input: () => HTMLInputElement | null;
  /** Result links in reading order, sub-results included. */
  links: () => HTMLAnchorElement[];
}

/**
 * Lets the arrow keys move focus from the search box through the result links and back, so a
 * reader can pick a result without the mouse; Enter then follows the focused link as any link
 * does. Focus moves to the real links (not a highlighted copy), so screen readers announce each.
 * A character typed while a result has focus goes back to the box, so typing never gets lost.
 */
export function enableResultKeys({ root, input, links }: ResultKeysTarget): void {
  root.addEventListener('keydown', (event) => {
    const box = input();
    if (!box) return;
    const all = links();
    const focused = document.activeElement;
    const current = focused === box ? -1 : all.indexOf(focused as HTMLAnchorElement);
    // Keys pressed elsewhere in the root (filters, buttons) keep their usual meaning.
    if (focused !== box && current === -1) return;

    if (isResultKey(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const next = nextPosition(current, event.key, all.length);
      if (next === current) return;
      event.preventDefault();
      const target = next === -1 ? box : all[next];
      target?.focus();
      target?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const typesText = event.key.length === 1 || event.key === 'Backspace';
    if (current !== -1 && typesText && !event.ctrlKey && !event.metaKey && !event.altKey) box.focus();
  });
}
