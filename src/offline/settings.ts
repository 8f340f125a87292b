/**
 * Whether the build makes the site work offline: on unless `OFFLINE` is `off` (or `false`, `0`,
 * `no`). Off, pages register no service worker and link no manifest, and the build writes a
 * `sw.js` that removes itself and its caches from every browser that installed an earlier one.
 */
export function offlineEnabled(value: string | undefined = process.env['OFFLINE']): boolean {
  return !['off', 'false', '0', 'no'].includes((value ?? '').trim().toLowerCase());
}
