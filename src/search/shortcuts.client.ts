import { trackIdleCallbacks, type IdleCallbacks } from './idle-callbacks.client.ts';
import { isSlashShortcut } from './keys.ts';
import { enableResultKeys } from './result-keys.client.ts';

const SEARCH_BOX = '.pagefind-ui__search-input';

/**
 * Adds to Starlight's search dialog what it lacks: "/" opens it (Ctrl/Cmd+K already does), the
 * arrow keys move through the results, the search box gets focus even when the dialog opens
 * before Pagefind's UI has loaded, and the button's name includes the shortcut it shows. Does
 * nothing on a page without the dialog.
 */
export function enableSearchShortcuts(search: Element | null = document.querySelector('site-search')): void {
  const openButton = search?.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const dialog = search?.querySelector<HTMLDialogElement>('dialog');
  if (!openButton || !dialog) return;

  const shortcuts = openButton.getAttribute('aria-keyshortcuts');
  openButton.setAttribute('aria-keyshortcuts', shortcuts ? `${shortcuts} /` : '/');
  nameAsShown(openButton);

  window.addEventListener('keydown', (event) => {
    if (dialog.open || openButton.disabled || !isSlashShortcut(event, document.activeElement)) return;
    // Keeps the "/" out of the search box, and stops Firefox's quick find from opening.
    event.preventDefault();
    // Starlight's own click handler opens the dialog and focuses the search box.
    openButton.click();
  });

  focusSearchBoxOnOpen(dialog, trackIdleCallbacks());

  enableResultKeys({
    root: dialog,
    input: () => dialog.querySelector<HTMLInputElement>(SEARCH_BOX),
    links: () => [...dialog.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')],
  });
}

/**
 * Starlight's button shows "Search" and a "Ctrl K" hint (⌘ K on Apple devices) but is named only
 * "Search", which fails WCAG 2.5.3, Label in Name: someone using speech input says what they
 * see. Names the button with the words it shows, and puts spaces between them, as the text
 * otherwise reads "SearchCtrlK". The spaces do not change the layout: the button is a flex box.
 */
function nameAsShown(openButton: HTMLButtonElement): void {
  const label = openButton.querySelector('span');
  const keys = [...openButton.querySelectorAll('kbd kbd')];
  if (!label || keys.length === 0) return;
  label.after(' ');
  for (const key of keys.slice(0, -1)) key.after(' ');
  const words = [label, ...keys].map((node) => node.textContent?.trim() ?? '').filter(Boolean);
  openButton.setAttribute('aria-label', words.join(' '));
}

/**
 * Starlight creates Pagefind's UI when the browser is first idle, so a reader who presses "/" or
 * Ctrl+K right after the page loads opens a dialog with no search box yet, and what they type is
 * lost. When the dialog opens, this creates the UI at once if it is still waiting for an idle
 * moment (which an open modal dialog can hold off indefinitely), and focuses the box as soon as
 * it exists.
 */
function focusSearchBoxOnOpen(dialog: HTMLDialogElement, idle: IdleCallbacks): void {
  let waiting: MutationObserver | undefined;
  const focusWhenReady = () => {
    waiting?.disconnect();
    // With the box already there, Starlight has focused it.
    if (dialog.querySelector(SEARCH_BOX)) return;
    idle.runPending();
    // Opened before DOMContentLoaded, when Starlight asks for its idle moment: run it then. Same
    // target as Starlight's listener (window) and added after it, so it runs after it.
    if (document.readyState === 'loading') {
      window.addEventListener('DOMContentLoaded', () => dialog.open && idle.runPending(), { once: true });
    }
    waiting = new MutationObserver(() => {
      const ready = dialog.querySelector<HTMLInputElement>(SEARCH_BOX);
      if (!ready || !dialog.open) return;
      waiting?.disconnect();
      ready.focus();
    });
    waiting.observe(dialog, { childList: true, subtree: true });
  };
  new MutationObserver(() => {
    if (dialog.open) focusWhenReady();
    else waiting?.disconnect();
  }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
}
