/**
 * Wires each diagram figure's toolbar: "Copy link" at once, "Zoom" through the full-screen viewer
 * (viewer.client.ts), which is loaded on the first click rather than with the page: most readers
 * never open it, and every answer page would carry its bytes (issue 24's page budget).
 */
import { canonicalUrlOf, copyText } from '../shared/clipboard.ts';

/** Copies the figure's link at the site's public address, as every "Copy link" on the site does. */
async function copyLink(button: HTMLElement, anchor: string): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>('.dg-status');
  const url = canonicalUrlOf(anchor);
  const copied = await copyText(url);
  if (status) status.textContent = copied ? 'Link copied' : `Copy this link: ${url}`;
  window.setTimeout(() => {
    if (status) status.textContent = '';
  }, 4000);
}

/** Wires every diagram figure on the page; safe to call more than once. */
export function enhanceDiagrams(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.dg:not([data-dg-ready])')) {
    figure.dataset['dgReady'] = '';
    figure
      .querySelector('[data-dg-open]')
      ?.addEventListener(
        'click',
        () => void import('./viewer.client.ts').then(({ openViewer }) => openViewer(figure)),
      );
    const copy = figure.querySelector<HTMLElement>('[data-dg-copy]');
    copy?.addEventListener('click', () => void copyLink(copy, copy.dataset['dgCopy'] ?? figure.id));
  }
}
