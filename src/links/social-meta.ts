import { SOCIAL_CARD_SIZE } from '../cards/index.ts';

/** What a link preview needs to know about a page. All URLs are absolute. */
export interface SocialPage {
  title: string;
  description: string;
  /** The page's canonical URL; none for the 404 page, which has no address of its own. */
  url?: string | undefined;
  /** The social card image, 1200x630 PNG. */
  image: string;
  /** What the card shows, for readers who cannot see it. */
  imageAlt: string;
  siteName: string;
  type: 'website' | 'article';
}

/** One `<meta>` tag: Open Graph uses `property=`, X (Twitter) and plain meta use `name=`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/**
 * The Open Graph and X card tags for a page: what LinkedIn, Slack, Mastodon or X read to draw a
 * preview. Starlight already writes some of these; its head merging keeps one tag per key.
 */
export function socialMetaTags(page: SocialPage): MetaTag[] {
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  return [
    name('description', page.description),
    property('og:type', page.type),
    property('og:site_name', page.siteName),
    property('og:title', page.title),
    property('og:description', page.description),
    ...(page.url ? [property('og:url', page.url)] : []),
    property('og:image', page.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(SOCIAL_CARD_SIZE.width)),
    property('og:image:height', String(SOCIAL_CARD_SIZE.height)),
    property('og:image:alt', page.imageAlt),
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', page.title),
    name('twitter:description', page.description),
    name('twitter:image', page.image),
    name('twitter:image:alt', page.imageAlt),
  ];
}
