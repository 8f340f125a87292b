/**
 * Links: short permalinks (`/q/3/`, with `_redirects` for hosts that read it), copy-link controls
 * (`CopyLinkSupport.astro`, the heading anchors), the Share control under an answer's title
 * (`ShareBar.astro`), and the Open Graph / X tags that make a pasted link preview well.
 */
export { shortLinkPages, shortLinkRedirects } from './short-links.ts';
export { shortLinkPath } from './urls.ts';
export { linksPlugin } from './plugin.ts';
