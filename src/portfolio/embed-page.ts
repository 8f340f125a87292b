/**
 * The embed page (`/embed/q/3/`): a compact card of one answer for other sites to frame. Standalone
 * HTML, not Starlight's layout: inline CSS with the system fonts, the diagram as inline SVG, and two
 * tiny inline scripts (hashed into the embed's own CSP by `src/build/headers.ts`). Everything here
 * is pure, so tests check the markup without a build.
 */
import { escapeHtml } from '../shared/text.ts';
import { EMBED_HEIGHT_MESSAGE } from './snippets.ts';

/** What one embed shows. URLs are absolute: the card lives inside other sites. */
export interface EmbedCard {
  number: number;
  question: string;
  /** `Spark`: the theme's label. */
  themeLabel: string;
  /** The theme colour, for the dot beside the kicker. */
  accent: string;
  /** The 30-second summary as HTML, without links (a link would navigate the frame). */
  summaryHtml: string;
  /** The main diagram, framed for the thumbnail; none when the answer has no diagram. */
  diagram?: { svg: string; title: string; cropped: boolean } | undefined;
  /** The answer's page, opened in a new tab. */
  pageUrl: string;
  siteName: string;
}

/**
 * Sets `data-theme` from `?theme=light|dark` before the first paint, so there is no flash. Without
 * the parameter (or without JavaScript) the CSS follows the reader's system setting.
 */
export const THEME_SCRIPT = `(function(){var t=new URLSearchParams(location.search).get("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)})()`;

/**
 * Tells the framing page how tall the card wants to be: its natural height, counting the whole
 * summary even while the frame is too short and cuts it. Posted on load and whenever the card
 * resizes (a narrower frame wraps more lines), only when the value changes, so the parent's
 * resizing cannot loop.
 */
export const HEIGHT_SCRIPT = `(function(){if(window.parent===window)return;var m=document.querySelector("main"),s=document.querySelector("[data-embed-summary]"),i=s&&s.firstElementChild,last=0;function r(){var h=Math.ceil(m.getBoundingClientRect().height+(i?i.getBoundingClientRect().height-s.clientHeight:0));if(h!==last){last=h;window.parent.postMessage({type:"${EMBED_HEIGHT_MESSAGE}",height:h},"*")}}if("ResizeObserver"in window){var o=new ResizeObserver(r);o.observe(m);if(i)o.observe(i)}r()})()`;

/**
 * The card's styles. The card fills at most the frame's height: in a frame shorter than the card
 * (the script-free snippet, or JavaScript off) the summary shrinks and fades out at the bottom while
 * the question, the diagram and the link stay whole. Light and dark follow `data-theme`, else the
 * system setting.
 */
const STYLES = `
:root{--bg:#fff;--text:#17181c;--muted:#50535e;--border:#d8dae3;--figure:#f5f6fa;--link:#3341c4}
:root[data-theme=dark]{--bg:#17181c;--text:#eceef3;--muted:#aeb3c2;--border:#343845;--figure:#20232d;--link:#a9b1ff}
@media (prefers-color-scheme:dark){:root:not([data-theme]){--bg:#17181c;--text:#eceef3;--muted:#aeb3c2;--border:#343845;--figure:#20232d;--link:#a9b1ff}}
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;background:transparent}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text)}
main{display:flex;flex-direction:column;gap:10px;max-width:760px;max-height:100vh;margin:0 auto;padding:14px 16px 12px;border:1px solid var(--border);border-radius:10px;background:var(--bg);overflow:hidden}
.kicker{display:flex;align-items:center;gap:8px;margin:0;color:var(--muted);font-size:13px;font-weight:600}
.kicker::before{content:"";flex:none;width:10px;height:10px;border-radius:50%;background:var(--accent)}
h1{margin:0;font-size:18px;line-height:1.3}
figure{flex:none;display:flex;justify-content:center;margin:0;padding:8px;border-radius:8px;background:var(--figure)}
figure svg{display:block;max-width:100%;height:auto}
figure.cropped{-webkit-mask-image:linear-gradient(#000 78%,transparent);mask-image:linear-gradient(#000 78%,transparent)}
.summary{flex:0 1 auto;min-height:0;overflow:hidden;-webkit-mask-image:linear-gradient(#000 calc(100% - 14px),transparent);mask-image:linear-gradient(#000 calc(100% - 14px),transparent)}
.summary>div{padding-bottom:14px}
h2{margin:0 0 2px;color:var(--muted);font-size:12px;letter-spacing:.04em;text-transform:uppercase}
ul{margin:0;padding-left:18px}
li{margin:3px 0;font-size:14px}
footer{flex:none;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 12px;padding-top:10px;border-top:1px solid var(--border);font-size:13px}
footer a{color:var(--link);font-size:14px;font-weight:600}
footer span{color:var(--muted)}
a:focus-visible{outline:2px solid var(--link);outline-offset:2px;border-radius:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
  .trim()
  .replace(/\n/g, '');

/** The `<head>` every embed page shares: no index, the canonical page, no favicon request. */
function head(title: string, canonical: string | undefined): string {
  return `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">\n` : ''}<link rel="icon" href="data:,">
<script>${THEME_SCRIPT}</script>
<style>${STYLES}</style>`;
}

/** The link out of the frame: a new tab, said in words for screen readers. */
function readLink(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(text)}<span class="sr-only"> (opens in a new tab)</span> ↗</a>`;
}

/** The embed page of one answer, complete. */
export function embedPageHtml(card: EmbedCard): string {
  const kicker = `Question ${card.number} · ${card.themeLabel}`;
  const figure = card.diagram
    ? `<figure${card.diagram.cropped ? ' class="cropped"' : ''} aria-label="Diagram: ${escapeHtml(card.diagram.title)}">${card.diagram.svg}</figure>\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
${head(`${card.question} | ${card.siteName}`, card.pageUrl)}
</head>
<body>
<main style="--accent:${escapeHtml(card.accent)}">
<p class="kicker">${escapeHtml(kicker)}</p>
<h1>${escapeHtml(card.question)}</h1>
${figure}<section class="summary" data-embed-summary aria-labelledby="summary-heading"><div>
<h2 id="summary-heading">In 30 seconds</h2>
${card.summaryHtml}
</div></section>
<footer>${readLink(card.pageUrl, 'Read the full answer')}<span>${escapeHtml(card.siteName)}</span></footer>
</main>
<script>${HEIGHT_SCRIPT}</script>
</body>
</html>
`;
}

/** What the embed 404 page lists: every question that has an embed. */
export interface EmbedIndexEntry {
  number: number;
  shortTitle: string;
  /** The embed's own URL (absolute), to copy into the snippet. */
  embedUrl: string;
}

/**
 * The page a framed `/embed/q/<n>/` gets when `n` is not a question: it says so, lists the numbers
 * that exist, and links to the site. It lives at `/embed/404.html`, under the embed rules of
 * `_headers`, so it can show inside the frame.
 */
export function embedNotFoundHtml(options: {
  entries: readonly EmbedIndexEntry[];
  siteName: string;
  siteUrl: string;
}): string {
  const { entries, siteName, siteUrl } = options;
  const first = entries[0]?.number ?? 1;
  const last = entries.at(-1)?.number ?? first;
  const list = entries
    .map(
      (entry) =>
        `<li><code>${escapeHtml(new URL(entry.embedUrl).pathname)}</code> ${escapeHtml(entry.shortTitle)}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
${head(`No such answer | ${siteName}`, undefined)}
</head>
<body>
<main style="--accent:#8b9cff">
<p class="kicker">Embed not found</p>
<h1>There is no answer with this number.</h1>
<section class="summary" data-embed-summary aria-labelledby="summary-heading"><div>
<h2 id="summary-heading">Embeds exist for questions ${first} to ${last}</h2>
<ul>
${list}
</ul>
</div></section>
<footer>${readLink(siteUrl, `Open ${siteName}`)}</footer>
</main>
<script>${HEIGHT_SCRIPT}</script>
</body>
</html>
`;
}
