/**
 * Messages for screen readers, in the browser: what a control did, said through a live region
 * (`role="status"`) the page already holds, since a region added with its message is not announced.
 */

/**
 * Puts a message in a live region (`role="status"`) for screen readers; clearing it first makes a
 * repeated message announce again.
 */
export function announce(status: HTMLElement | null, message: string): void {
  if (!status) return;
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}
