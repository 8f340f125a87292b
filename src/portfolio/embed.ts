import { visit } from 'unist-util-visit';
import { readRendered, themedThumbnailSvg } from '../diagrams/index.ts';
import { editFragment } from '../shared/html-fragment.ts';
import { absoluteUrl } from '../shared/urls.ts';
import { embedNotFoundHtml, embedPageHtml } from './embed-page.ts';
import { getPortfolioAnswers } from './portfolio.ts';

/**
 * The room the diagram has in an embed, in CSS pixels: the card's width, a short strip of height,
 * so the summary and the link still show in a small frame. The SVG scales down with the frame.
 */
export const EMBED_DIAGRAM_BOX = { width: 640, height: 240 } as const;
/**
 * In a thumbnail a whole diagram beats a readable part of it: a wide diagram is scaled down to fit
 * unless that would leave less than 60 % of the height that a cut would show.
 */
const EMBED_FIT_ABOVE = 0.6;

/** Links inside an embed's summary would navigate the frame: their text stays, the link goes. */
function withoutLinks(html: string): string {
  return editFragment(html, (tree) => {
    visit(tree, 'element', (element, index, parent) => {
      if (element.tagName !== 'a' || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...element.children);
      return index; // visit the children now in the link's place
    });
  });
}

/** The embed pages `/embed/q/1/` to `/embed/q/14/`, as complete HTML. */
export async function embedPages(site: URL, base: string): Promise<{ number: number; html: string }[]> {
  const entries = await getPortfolioAnswers(site, base);
  return entries.map((entry) => {
    const diagramId = entry.answer.meta.diagrams[0];
    const rendered = diagramId ? readRendered(diagramId) : undefined;
    const thumbnail = rendered
      ? themedThumbnailSvg(rendered.html, rendered, EMBED_DIAGRAM_BOX, { fitAbove: EMBED_FIT_ABOVE })
      : undefined;
    const html = embedPageHtml({
      number: entry.number,
      question: entry.question,
      themeLabel: entry.themeLabel,
      accent: entry.accent,
      summaryHtml: withoutLinks(entry.summaryHtml),
      diagram:
        rendered && thumbnail
          ? { svg: thumbnail.svg, title: rendered.title, cropped: thumbnail.frame.cropped }
          : undefined,
      pageUrl: entry.pageUrl,
      siteName: entry.siteName,
    });
    return { number: entry.number, html };
  });
}

/** `/embed/404.html`: what a framed embed of a number that does not exist shows. */
export async function embedNotFoundPage(site: URL, base: string): Promise<string> {
  const entries = await getPortfolioAnswers(site, base);
  return embedNotFoundHtml({
    entries: entries.map((entry) => ({
      number: entry.number,
      shortTitle: entry.shortTitle,
      embedUrl: entry.embedUrl,
    })),
    siteName: entries[0]?.siteName ?? 'Data Engineering Answers',
    siteUrl: absoluteUrl(site, base, '/'),
  });
}
