import { featurePlugin } from '../shared/starlight-plugin.ts';

/** The concepts feature in Starlight: its styles (chips, backlinks, preview cards, concept maps). */
export function conceptsPlugin() {
  return featurePlugin('site-concepts', new URL('./', import.meta.url), { css: ['concepts.css'] });
}
