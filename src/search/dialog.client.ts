import { isSlashShortcut } from './keys.ts';

/**
 * The header's search dialog (`SearchDialog.astro`): the button opens it, and so do Ctrl/Cmd+K
 * (which also closes it) and "/" while the reader is not typing; Esc, Cancel, a click outside it
 * or following a result closes it. The search form's script (`search-ui.client.ts`) loads when
 * the dialog first opens, so pages that are only read never download it; what the reader types
 * meanwhile is searched as soon as it has loaded. Does nothing on a page without the dialog.
 */
export function enableSearchDialog(
  root: Element | null = document.querySelector('[data-search-dialog]'),
): void {
  const openButton = root?.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const closeButton = root?.querySelector<HTMLButtonElement>('button[data-close-modal]');
  const dialog = root?.querySelector<HTMLDialogElement>('dialog');
  const form = dialog?.querySelector<HTMLElement>('[data-search-ui]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!openButton || !dialog || !form || !input) return;

  let started: Promise<void> | undefined;
  const start = () =>
    (started ??= import('./search-ui.client.ts').then(({ startSearchUi }) =>
      startSearchUi(form, { syncUrl: false, sections: 2, headingLevel: 2 }),
    ));

  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    input.focus();
    void start();
  };
  const close = () => dialog.close();

  openButton.addEventListener('click', (event) => {
    event.stopPropagation();
    open();
  });
  closeButton?.addEventListener('click', close);
  dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
  // A click on the backdrop (outside the frame) closes; so does following a result, whose page
  // may be this one (a diagram box's link), where the dialog would otherwise cover it.
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    const frame = dialog.querySelector('.dialog-frame');
    const followed = target.closest('a[href]') && !target.closest('[data-search-correction]');
    if (followed || (frame && !frame.contains(target))) close();
  });

  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
      event.preventDefault();
      if (dialog.open) close();
      else open();
      return;
    }
    if (dialog.open || !isSlashShortcut(event, document.activeElement)) return;
    // Keeps the "/" out of the search box, and stops Firefox's quick find from opening.
    event.preventDefault();
    open();
  });

  // Warm up on intent: the form's script is fetched when the reader points at the button.
  openButton.addEventListener('pointerenter', () => void import('./search-ui.client.ts'), { once: true });

  nameAsShown(openButton);
  const shortcuts = openButton.getAttribute('aria-keyshortcuts');
  openButton.disabled = false;
  // Announced last: tests and readers of the attribute know "/" works once it says so.
  openButton.setAttribute('aria-keyshortcuts', shortcuts ? `${shortcuts} /` : '/');
}

/**
 * The button shows "Search" and a "Ctrl K" hint (⌘ K on Apple devices) but would be named only
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
