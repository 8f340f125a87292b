import { escapeHtml } from '../shared/text.ts';

/** The `type` of the message an embed posts to the page that frames it, with its height. */
export const EMBED_HEIGHT_MESSAGE = 'answers-embed:height';

/**
 * The height, in pixels, of the script-free embed (and of the oEmbed `html`). The card fits its
 * question, diagram and link in any height from about 320 px: below its natural height the
 * 30-second summary is cut, faded, rather than scrolled.
 */
export const EMBED_FIXED_HEIGHT = 560;
/** The width the script-free embed and oEmbed ask for; both shrink to narrower columns. */
export const EMBED_WIDTH = 560;

/** The colours an embed can be asked for: `auto` follows the reader's system setting. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The embed's URL for a theme: `?theme=light` or `?theme=dark` appended, nothing for `auto`. */
export function embedUrlFor(embedUrl: string, theme: EmbedTheme): string {
  if (theme === 'auto') return embedUrl;
  const url = new URL(embedUrl);
  url.searchParams.set('theme', theme);
  return url.href;
}

/** What one answer's snippets need: absolute URLs, since they are pasted on other sites. */
export interface SnippetTarget {
  /** `https://site/embed/q/3/` */
  embedUrl: string;
  /** `https://site/badge/q/3.svg` */
  badgeUrl: string;
  /** `https://site/q/3/`: where the badge links. */
  shortUrl: string;
  /** The iframe's title and the badge's alt text: `Q3 · Optimising Spark jobs`. */
  label: string;
}

/**
 * The `<iframe>` that resizes to its content: the embed posts its height and the few lines of
 * script beside the iframe apply it, only from the embed's own origin and only to the frame that
 * sent it, so several embeds on one page each get their own height.
 */
export function iframeSnippet(target: SnippetTarget): string {
  const origin = new URL(target.embedUrl).origin;
  return [
    `<iframe src="${escapeHtml(target.embedUrl)}" title="${escapeHtml(target.label)}" height="${EMBED_FIXED_HEIGHT}" style="width:100%;max-width:720px;border:0" loading="lazy" data-answers-embed></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${EMBED_HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-answers-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`,
  ].join('\n');
}

/** The `<iframe>` alone, at a fixed height: for pages that allow no script (Markdown, CMSs). */
export function fixedIframeSnippet(target: SnippetTarget): string {
  return `<iframe src="${escapeHtml(target.embedUrl)}" title="${escapeHtml(target.label)}" width="${EMBED_WIDTH}" height="${EMBED_FIXED_HEIGHT}" style="max-width:100%;border:0" loading="lazy"></iframe>`;
}

/** The Markdown badge for a README: the badge image, linking to the short link. */
export function badgeMarkdown(target: SnippetTarget): string {
  const alt = target.label.replace(/[[\]]/g, '');
  return `[![${alt}](${target.badgeUrl})](${target.shortUrl})`;
}
