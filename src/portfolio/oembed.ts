import { SOCIAL_CARD_SIZE } from '../cards/index.ts';
import { EMBED_FIXED_HEIGHT, EMBED_WIDTH, fixedIframeSnippet, type SnippetTarget } from './snippets.ts';

/**
 * A static oEmbed response (https://oembed.com, type `rich`): what a tool that reads oEmbed needs
 * to embed an answer. The HTML is the script-free iframe (consumers strip scripts anyway), so
 * `width` and `height` are the frame's; the thumbnail is the answer's social card.
 */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed document of one answer. */
export function oembedDocument(options: {
  target: SnippetTarget;
  title: string;
  siteName: string;
  siteUrl: string;
  cardUrl: string;
}): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.siteName,
    provider_url: options.siteUrl,
    html: fixedIframeSnippet(options.target),
    width: EMBED_WIDTH,
    height: EMBED_FIXED_HEIGHT,
    thumbnail_url: options.cardUrl,
    thumbnail_width: SOCIAL_CARD_SIZE.width,
    thumbnail_height: SOCIAL_CARD_SIZE.height,
    // A day, as the cards are cached (`_headers`).
    cache_age: 86400,
  };
}
