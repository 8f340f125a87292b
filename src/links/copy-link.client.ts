/**
 * Copy-link controls, as a progressive enhancement loaded by `CopyLinkSupport.astro`:
 * - buttons carrying `data-copy-url` (the share bar on answer pages) copy that URL;
 * - buttons carrying `data-copy-from` (the Embed snippets) copy the text of the element with that
 *   id, and select it when the clipboard refuses, so Ctrl+C still works;
 * - Starlight's heading anchors (`.sl-anchor-link`) still jump to their section, and also copy the
 *   section's absolute URL.
 * Each copy is confirmed twice: visibly on or beside the control until the reader moves on, and in
 * a `role="status"` live region that screen readers announce. No inline handlers: everything is
 * wired here, so the page works under a CSP without 'unsafe-inline' scripts.
 */
import { canonicalPageUrl, copyText, localBuildOrigin } from '../shared/clipboard.ts';
import { announce } from '../shared/live-region.ts';
import { shareableUrl } from '../shared/urls.ts';

/** Copies `url` and announces the outcome; `what` names the link: `Link to this answer`. */
async function copyAndAnnounce(url: string, what: string): Promise<boolean> {
  const copied = await copyText(url);
  announce(
    document.querySelector<HTMLElement>('[data-copy-status]'),
    copied ? `${what} copied to the clipboard.` : `Could not copy. The link is ${url}`,
  );
  return copied;
}

/** Copies the text of `source` (a snippet); when refused, selects it for the reader to copy. */
async function copySnippet(source: HTMLElement, what: string): Promise<boolean> {
  const copied = await copyText(source.textContent ?? '');
  if (!copied) {
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }
  announce(
    document.querySelector<HTMLElement>('[data-copy-status]'),
    copied
      ? `${what} copied to the clipboard.`
      : `Could not copy. ${what} is selected: press Ctrl+C to copy it.`,
  );
  return copied;
}

function enhanceButton(button: HTMLButtonElement): void {
  const label = button.querySelector<HTMLElement>('[data-copy-label]');
  const idleText = label?.textContent ?? '';
  const reset = () => {
    delete button.dataset['state'];
    if (label) label.textContent = idleText;
  };
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset['copyFrom'] ?? '');
    const given = button.dataset['copyUrl'];
    const url = given ? shareableUrl(given, location.origin) : canonicalPageUrl();
    const copied = source
      ? await copySnippet(source, button.dataset['copyWhat'] ?? 'The snippet')
      : await copyAndAnnounce(url, button.dataset['copyWhat'] ?? 'Link to this page');
    button.dataset['state'] = copied ? 'copied' : 'failed';
    if (label) label.textContent = copied ? 'Copied' : 'Copy failed';
    if (!copied && !source) button.title = url;
  });
  // "Copied" stays while the reader is on the button, however long they take to read it, and
  // goes when they move on: no timer to race.
  button.addEventListener('blur', reset);
  button.addEventListener('pointerleave', reset);
}

function enhanceAnchor(anchor: HTMLAnchorElement, hintId: string | undefined): void {
  const heading = anchor.previousElementSibling?.textContent?.trim() ?? 'this section';
  anchor.title = 'Copy link to this section';
  if (hintId) anchor.setAttribute('aria-describedby', hintId);
  // The anchor keeps its default action (jump to the section, update the address bar); copying
  // happens alongside, so without clipboard access the link still works as a permalink.
  anchor.addEventListener('click', async () => {
    const url = new URL(anchor.getAttribute('href') ?? '', canonicalPageUrl()).href;
    const copied = await copyAndAnnounce(url, `Link to the section “${heading}”`);
    if (!copied) return;
    removeToast(anchor);
    const toast = document.createElement('span');
    toast.className = 'copy-toast';
    toast.setAttribute('aria-hidden', 'true');
    toast.textContent = 'Link copied';
    anchor.after(toast);
  });
  anchor.addEventListener('blur', () => removeToast(anchor));
  anchor.addEventListener('pointerleave', () => removeToast(anchor));
}

/** Removes the "Link copied" note beside an anchor, if there is one. */
function removeToast(anchor: HTMLAnchorElement): void {
  const next = anchor.nextElementSibling;
  if (next?.classList.contains('copy-toast')) next.remove();
}

/**
 * The Embed snippets carry absolute URLs; a build without `SITE_URL` wrote a local origin into
 * them, which would point nowhere once pasted: they show the page's own origin instead.
 */
function localiseSnippets(): void {
  const built = localBuildOrigin();
  if (!built) return;
  for (const code of document.querySelectorAll<HTMLElement>('[data-embed-control] pre code')) {
    code.textContent = (code.textContent ?? '').replaceAll(built, location.origin);
  }
}

localiseSnippets();
const hintId = document.querySelector<HTMLElement>('[data-copy-anchor-hint]')?.id;
document
  .querySelectorAll<HTMLButtonElement>('button[data-copy-url], button[data-copy-from]')
  .forEach(enhanceButton);
document
  .querySelectorAll<HTMLAnchorElement>('.sl-markdown-content .sl-anchor-link')
  .forEach((anchor) => enhanceAnchor(anchor, hintId));
