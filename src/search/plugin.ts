import { featurePlugin } from '../shared/starlight-plugin.ts';
import { search } from './integration.ts';

/**
 * The search feature in Starlight: the integration that writes Pagefind's index once the pages are
 * built (pages, diagram boxes and steps, the vocabulary). Starlight's own index is off
 * (`pagefind: false` in astro.config.mjs).
 */
export function searchPlugin() {
  return featurePlugin('site-search', new URL('./', import.meta.url), { integrations: [search()] });
}
