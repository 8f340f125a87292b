import { featurePlugin } from '../shared/starlight-plugin.ts';
import { offline } from './integration.ts';

/**
 * Offline reading in Starlight: the web app manifest's link and theme colours on every page
 * (`head.ts`), and the integration that writes the service worker and `offline.json` at the end of
 * the build. List it after `buildChecksPlugin`: the precache revisions must be those of the
 * finished pages. The update prompt is in the `Footer` slot (`src/overrides/`).
 */
export function offlinePlugin() {
  return featurePlugin('site-offline', new URL('./', import.meta.url), {
    middleware: ['head.ts'],
    integrations: [offline()],
  });
}
