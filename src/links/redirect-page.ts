import { escapeHtml } from '../shared/text.ts';
import { socialMetaTags, type SocialPage } from './social-meta.ts';

/** Everything a short-link page needs. */
export interface RedirectPage {
  /** Where the reader goes: a path with the base (`/portfolio/answers/x/`). */
  target: string;
  /** The label of the plain link shown while the browser redirects. */
  label: string;
  /** The line above the link, e.g. `Question 3 lives at its permanent address:`. */
  lead: string;
  /** The target's preview, so the short link looks the same as the page when pasted. */
  social: SocialPage & { url: string };
}

/**
 * A static redirect as a complete HTML page: `<meta http-equiv="refresh">` moves the browser, the
 * canonical link tells crawlers where the content lives, the plain link serves anyone whose browser
 * does not refresh, and the target's Open Graph tags make the short link preview well when pasted
 * (most link-preview crawlers do not follow meta refresh). No script, so it passes a strict CSP.
 * The empty `data:` icon stops the browser asking for `/favicon.ico` during the split second the
 * page is shown (outside the base path, that request would 404).
 */
export function redirectPageHtml(page: RedirectPage): string {
  const { social } = page;
  const meta = socialMetaTags(social)
    .map((tag) => `<meta ${tag.attribute}="${tag.key}" content="${escapeHtml(tag.content)}">`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="refresh" content="0; url=${escapeHtml(page.target)}">
    <title>${escapeHtml(social.title)} | ${escapeHtml(social.siteName)}</title>
    <link rel="canonical" href="${escapeHtml(social.url)}">
    <meta name="robots" content="noindex, follow">
    <link rel="icon" href="data:,">
    ${meta}
  </head>
  <body>
    <main>
      <p>${escapeHtml(page.lead)}</p>
      <p><a href="${escapeHtml(page.target)}">${escapeHtml(page.label)}</a></p>
    </main>
  </body>
</html>
`;
}
