/**
 * The answers as feeds, so a portfolio can list them from one fetch: `/answers.json` (JSON Feed
 * 1.1, https://jsonfeed.org/version/1.1) with an `_answer` extension per item, and `/feed.xml`
 * (Atom, RFC 4287) for feed readers. Pure: the routes pass the answers in.
 */
import { checkedAgainstText, reviewedIsoDate, reviewedVersions } from '../answers/index.ts';
import { escapeHtml } from '../shared/text.ts';
import type { PortfolioAnswer } from './portfolio.ts';

/** What both feeds say about the site. URLs are absolute. */
export interface FeedSite {
  title: string;
  description: string;
  homeUrl: string;
  jsonFeedUrl: string;
  atomFeedUrl: string;
  /** The site's icon (an SVG), for readers that show one. */
  faviconUrl: string;
}

/**
 * The `_answer` extension of a JSON Feed item: what a portfolio needs beyond title and summary.
 * JSON Feed lets publishers add keys that start with `_`; readers that do not know them ignore them.
 */
export interface AnswerExtension {
  number: number;
  shortTitle: string;
  theme: { key: string; label: string };
  shortLink: string;
  embed: string;
  badge: string;
  oembed: string;
  /** Diagram ids, main diagram first. */
  diagrams: string[];
  /** Concept slugs, most important first. */
  concepts: string[];
  /** When the answer was last checked, against which releases, and the sentence the page shows. */
  reviewed: { date: string; versions: Record<string, string>; text: string };
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  image: string;
  date_modified: string;
  tags: string[];
  _answer: AnswerExtension;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  favicon: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** The JSON Feed, items in question order. */
export function jsonFeed(site: FeedSite, entries: readonly PortfolioAnswer[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: site.homeUrl,
    feed_url: site.jsonFeedUrl,
    description: site.description,
    favicon: site.faviconUrl,
    language: 'en',
    authors: [{ name: site.title, url: site.homeUrl }],
    items: entries.map((entry) => ({
      id: entry.pageUrl,
      url: entry.pageUrl,
      title: entry.question,
      summary: entry.description,
      content_html: entry.summaryHtml,
      image: entry.cardUrl,
      date_modified: entry.updated.toISOString(),
      tags: [entry.themeLabel],
      _answer: {
        number: entry.number,
        shortTitle: entry.shortTitle,
        theme: { key: entry.answer.meta.theme, label: entry.themeLabel },
        shortLink: entry.shortUrl,
        embed: entry.embedUrl,
        badge: entry.badgeUrl,
        oembed: entry.oembedUrl,
        diagrams: [...entry.answer.meta.diagrams],
        concepts: [...entry.answer.meta.concepts],
        reviewed: {
          date: reviewedIsoDate(entry.answer.meta.reviewed),
          versions: reviewedVersions(entry.answer.meta.reviewed),
          text: checkedAgainstText(entry.answer.meta.reviewed),
        },
      },
    })),
  };
}

/** The newest change among the answers: the feed's own `updated`. */
function latest(entries: readonly PortfolioAnswer[]): Date {
  return new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));
}

/** The Atom feed: the required `id`, `title`, `updated` and `author`, and one entry per answer. */
export function atomFeed(site: FeedSite, entries: readonly PortfolioAnswer[]): string {
  const text = (value: string) => escapeHtml(value);
  const items = entries
    .map(
      (entry) => `  <entry>
    <id>${text(entry.pageUrl)}</id>
    <title>${text(entry.question)}</title>
    <updated>${entry.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${text(entry.pageUrl)}"/>
    <link rel="enclosure" type="image/png" href="${text(entry.cardUrl)}"/>
    <category term="${text(entry.answer.meta.theme)}" label="${text(entry.themeLabel)}"/>
    <summary>${text(entry.description)}</summary>
    <content type="html">${text(entry.summaryHtml)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${text(site.homeUrl)}</id>
  <title>${text(site.title)}</title>
  <subtitle>${text(site.description)}</subtitle>
  <updated>${latest(entries).toISOString()}</updated>
  <author><name>${text(site.title)}</name><uri>${text(site.homeUrl)}</uri></author>
  <link rel="self" type="application/atom+xml" href="${text(site.atomFeedUrl)}"/>
  <link rel="alternate" type="text/html" href="${text(site.homeUrl)}"/>
  <link rel="alternate" type="application/feed+json" href="${text(site.jsonFeedUrl)}"/>
  <icon>${text(site.faviconUrl)}</icon>
${items}
</feed>
`;
}
