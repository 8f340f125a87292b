import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { answerOfPage } from '../answers/index.ts';
import { cardOfPage } from '../cards/index.ts';
import { ATOM_FEED_PATH, JSON_FEED_PATH, oembedPath } from '../portfolio/index.ts';
import { absoluteUrl } from '../shared/urls.ts';
import { socialMetaTags, type MetaTag } from './social-meta.ts';

type HeadEntry = StarlightRouteData['head'][number];

function metaKey(entry: HeadEntry): string | undefined {
  const key = entry.attrs?.['property'] ?? entry.attrs?.['name'];
  return entry.tag === 'meta' && typeof key === 'string' ? key : undefined;
}

function toHeadEntry(tag: MetaTag): HeadEntry {
  return { tag: 'meta', attrs: { [tag.attribute]: tag.key, content: tag.content } };
}

function alternate(type: string, href: string, title: string): HeadEntry {
  return { tag: 'link', attrs: { rel: 'alternate', type, href, title } };
}

/**
 * The `<link rel="alternate">`s a page offers tools: the home page its feeds (JSON Feed and Atom),
 * an answer page its oEmbed document. Absolute URLs, as tools fetch them from elsewhere.
 */
async function alternateLinks(site: URL, base: string, id: string, title: string): Promise<HeadEntry[]> {
  if (id === 'index') {
    return [
      alternate('application/feed+json', absoluteUrl(site, base, JSON_FEED_PATH), `${title} (JSON Feed)`),
      alternate('application/atom+xml', absoluteUrl(site, base, ATOM_FEED_PATH), `${title} (Atom)`),
    ];
  }
  const answer = await answerOfPage(id);
  if (!answer) return [];
  return [
    alternate(
      'application/json+oembed',
      absoluteUrl(site, base, oembedPath(answer.meta.number)),
      `${answer.question} (oEmbed)`,
    ),
  ];
}

/**
 * Starlight titles every page "Page | Site"; the home page is titled like the site, which would
 * read "Data Engineering Answers | Data Engineering Answers". Such a page keeps the site's name once.
 */
export function withoutRepeatedSiteTitle(entry: HeadEntry, pageTitle: string, siteTitle: string): HeadEntry {
  return entry.tag === 'title' && pageTitle === siteTitle ? { ...entry, content: siteTitle } : entry;
}

/**
 * Adds what link previews need to every Starlight page: the social card image with its size and
 * alt text, and X card tags. Starlight writes the description, canonical link and basic Open Graph
 * tags itself; the tags here replace any of those with the same key, so each key appears once.
 * The home page also links its feeds, and each answer its oEmbed document.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (!context.site) return;
  const base = import.meta.env.BASE_URL;
  const id = route.id || 'index';
  const card = await cardOfPage(context.site, base, id);
  if (!card) return;

  const existing = (key: string) =>
    route.head.find((entry) => metaKey(entry) === key || entry.attrs?.['rel'] === key)?.attrs;
  const canonical = existing('canonical')?.['href'];
  const description = existing('description')?.['content'];
  // The 404 page is served at every missing address: Starlight gives it the canonical URL /404/,
  // which does not exist (the file is 404.html), so it gets no canonical URL at all.
  const notFound = id === '404' || id.endsWith('/404');
  const tags = socialMetaTags({
    title: route.entry.data.title,
    description: typeof description === 'string' ? description : '',
    url: notFound || typeof canonical !== 'string' ? undefined : canonical,
    image: absoluteUrl(context.site, base, card.imagePath),
    imageAlt: card.imageAlt,
    siteName: route.siteTitle,
    type: id === 'index' ? 'website' : 'article',
  });
  const replaced = new Set([...tags.map((tag) => tag.key), ...(notFound ? ['og:url'] : [])]);
  route.head = [
    ...route.head
      .filter(
        (entry) => !replaced.has(metaKey(entry) ?? '') && !(notFound && entry.attrs?.['rel'] === 'canonical'),
      )
      .map((entry) => withoutRepeatedSiteTitle(entry, route.entry.data.title, route.siteTitle)),
    ...tags.map(toHeadEntry),
    ...(await alternateLinks(context.site, base, id, route.siteTitle)),
  ];
});
