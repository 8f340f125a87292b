import { featurePlugin } from '../shared/starlight-plugin.ts';
import { diagrams, type DiagramsOptions } from './integration.ts';

/** The diagrams feature in Starlight: its styles and the integration that renders the `.mmd` sources. */
export function diagramsPlugin(options: DiagramsOptions = {}) {
  return featurePlugin('site-diagrams', new URL('./', import.meta.url), {
    css: ['diagrams.css'],
    integrations: [diagrams(options)],
  });
}
