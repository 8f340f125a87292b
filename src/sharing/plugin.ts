import { featurePlugin } from '../shared/starlight-plugin.ts';

/** The sharing feature in Starlight: the social card and preview tags on every page. */
export function sharingPlugin() {
  return featurePlugin('site-sharing', new URL('./', import.meta.url), { middleware: ['head.ts'] });
}
