import { featurePlugin } from '../shared/starlight-plugin.ts';

/**
 * The links feature in Starlight: on every page, the preview tags that show its social card when
 * the link is pasted, and the feed and oEmbed links tools look for (`head.ts`).
 */
export function linksPlugin() {
  return featurePlugin('site-links', new URL('./', import.meta.url), { middleware: ['head.ts'] });
}
