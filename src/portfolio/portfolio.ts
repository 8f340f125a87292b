import { visit } from 'unist-util-visit';
/**
 * What a portfolio gets for each answer: every address it may link or frame (absolute, since they
 * are used on other sites), the 30-second summary, the main diagram and the card. The embed pages,
 * the feeds, the oEmbed documents, the badges and the Embed control all read this one list.
 */
import { getAnswers, keyPointsMarkdown, themeColours, themeLabel, type Answer } from '../answers/index.ts';
import { badgePath, cardOfPage, renderBadge } from '../cards/index.ts';
import { readRendered } from '../diagrams/index.ts';
import { shortLinkPath } from '../links/index.ts';
import { lastChanged } from '../shared/git.ts';
import { editFragment } from '../shared/html-fragment.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { absoluteUrl } from '../shared/urls.ts';
import { atomFeed, jsonFeed, type FeedSite } from './feeds.ts';
import { oembedDocument } from './oembed.ts';
import type { SnippetTarget } from './snippets.ts';
import { ATOM_FEED_PATH, JSON_FEED_PATH, embedPath, oembedPath } from './urls.ts';

/** One answer as a portfolio sees it. */
export interface PortfolioAnswer {
  answer: Answer;
  number: number;
  question: string;
  shortTitle: string;
  /** `Q3 · Optimising Spark jobs`: the badge's text, the iframe's title. */
  label: string;
  themeLabel: string;
  accent: string;
  /** The one-line description (meta tags, cards). */
  description: string;
  /** The `## In 30 seconds` list, rendered, with absolute links. */
  summaryHtml: string;
  /** The main diagram's title, when the answer has a diagram. */
  diagramTitle: string | undefined;
  pageUrl: string;
  shortUrl: string;
  embedUrl: string;
  badgeUrl: string;
  oembedUrl: string;
  cardUrl: string;
  cardAlt: string;
  siteName: string;
  /** When the answer's source last changed: its last commit, else the file's time. */
  updated: Date;
}

/** Root-relative `href`/`src` values (base included) made absolute on `site`. */
export function absoluteLinks(html: string, site: URL): string {
  return editFragment(html, (tree) => {
    visit(tree, 'element', (element) => {
      for (const name of ['href', 'src']) {
        const value = element.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          element.properties[name] = `${site.origin}${value}`;
        }
      }
    });
  });
}

const cache = new Map<string, Promise<PortfolioAnswer[]>>();

/** Every answer, in question order, for a site and base path. Computed once per build. */
export function getPortfolioAnswers(site: URL, base: string): Promise<PortfolioAnswer[]> {
  const key = `${site.href} ${base}`;
  let list = cache.get(key);
  if (!list) {
    list = portfolioAnswers(site, base);
    cache.set(key, list);
  }
  return list;
}

async function portfolioAnswers(site: URL, base: string): Promise<PortfolioAnswer[]> {
  const answers = await getAnswers();
  return Promise.all(
    answers.map(async (answer): Promise<PortfolioAnswer> => {
      const { number, shortTitle, theme } = answer.meta;
      const card = await cardOfPage(site, base, answer.id);
      const summary = keyPointsMarkdown(answer.body);
      if (!summary) throw new Error(`${answer.filePath}: no "## In 30 seconds" section for the embed`);
      const diagramId = answer.meta.diagrams[0];
      const at = (path: string) => absoluteUrl(site, base, path);
      return {
        answer,
        number,
        question: answer.question,
        shortTitle,
        label: `Q${number} · ${shortTitle}`,
        themeLabel: themeLabel(theme),
        accent: themeColours[theme],
        description: answer.description,
        summaryHtml: absoluteLinks(await renderMarkdown(summary, { site, base }), site),
        diagramTitle: diagramId ? readRendered(diagramId)?.title : undefined,
        pageUrl: at(answer.path),
        shortUrl: at(shortLinkPath(number)),
        embedUrl: at(embedPath(number)),
        badgeUrl: at(badgePath(number)),
        oembedUrl: at(oembedPath(number)),
        cardUrl: at(card?.imagePath ?? '/og/index.png'),
        cardAlt: card?.imageAlt ?? answer.question,
        siteName: card?.card.siteName ?? 'Data Engineering Answers',
        updated: lastChanged(answer.filePath),
      };
    }),
  );
}

/** The addresses an answer's snippets need. */
export function snippetTarget(entry: PortfolioAnswer): SnippetTarget {
  return { embedUrl: entry.embedUrl, badgeUrl: entry.badgeUrl, shortUrl: entry.shortUrl, label: entry.label };
}

/** What the feeds say about the site, from the home page. */
async function feedSite(site: URL, base: string): Promise<FeedSite> {
  const { getEntry } = await import('astro:content');
  const home = await getEntry('docs', 'index');
  const at = (path: string) => absoluteUrl(site, base, path);
  return {
    title: home?.data.title ?? 'Data Engineering Answers',
    description: home?.data.description ?? '',
    homeUrl: at('/'),
    jsonFeedUrl: at(JSON_FEED_PATH),
    atomFeedUrl: at(ATOM_FEED_PATH),
    faviconUrl: at('/favicon.svg'),
  };
}

/** `/answers.json` and `/feed.xml`, as text. */
export async function feedDocuments(site: URL, base: string): Promise<{ json: string; atom: string }> {
  const [about, entries] = await Promise.all([feedSite(site, base), getPortfolioAnswers(site, base)]);
  return {
    json: `${JSON.stringify(jsonFeed(about, entries), null, 2)}\n`,
    atom: atomFeed(about, entries),
  };
}

/** `/oembed/q/<n>.json` for every answer. */
export async function oembedDocuments(site: URL, base: string): Promise<{ number: number; json: string }[]> {
  const entries = await getPortfolioAnswers(site, base);
  return entries.map((entry) => ({
    number: entry.number,
    json: `${JSON.stringify(
      oembedDocument({
        target: snippetTarget(entry),
        title: entry.question,
        siteName: entry.siteName,
        siteUrl: absoluteUrl(site, base, '/'),
        cardUrl: entry.cardUrl,
      }),
      null,
      2,
    )}\n`,
  }));
}

/** `/badge/q/<n>.svg` for every answer. */
export async function badgeImages(site: URL, base: string): Promise<{ number: number; svg: string }[]> {
  const entries = await getPortfolioAnswers(site, base);
  return Promise.all(
    entries.map(async (entry) => ({
      number: entry.number,
      svg: await renderBadge({
        label: `Q${entry.number}`,
        message: entry.shortTitle,
        accent: entry.accent,
        title: entry.label,
      }),
    })),
  );
}
