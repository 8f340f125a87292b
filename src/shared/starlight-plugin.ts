/**
 * The shape every feature's Starlight plugin shares (the way starlight-blog registers itself): the
 * feature's stylesheets, route middleware and Astro integrations, with paths resolved from the
 * feature's own folder, so neither `astro.config.mjs` nor the working directory has to know them.
 */
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';

export interface FeatureParts {
  /** Stylesheets, relative to `folder`, added after those already configured. */
  css?: string[];
  /** Route middleware modules, relative to `folder`, in order. */
  middleware?: string[];
  /** Starlight component overrides: slot name to a component relative to `folder`. */
  components?: Record<string, string>;
  /** Astro integrations, added after Starlight's in the order the plugins are listed. */
  integrations?: AstroIntegration[];
}

/**
 * A Starlight plugin named `name` that registers a feature's parts. `folder` is the feature's
 * folder as a URL: pass `new URL('./', import.meta.url)`.
 */
export function featurePlugin(name: string, folder: URL, parts: FeatureParts): StarlightPlugin {
  const path = (file: string) => fileURLToPath(new URL(file, folder));
  return {
    name,
    hooks: {
      'config:setup'({ config, updateConfig, addRouteMiddleware, addIntegration }) {
        const css = parts.css?.map(path) ?? [];
        const components = Object.fromEntries(
          Object.entries(parts.components ?? {}).map(([slot, file]) => [slot, path(file)]),
        );
        if (css.length > 0 || Object.keys(components).length > 0) {
          updateConfig({
            customCss: [...(config.customCss ?? []), ...css],
            components: { ...config.components, ...components },
          });
        }
        for (const file of parts.middleware ?? []) addRouteMiddleware({ entrypoint: path(file) });
        for (const integration of parts.integrations ?? []) addIntegration(integration);
      },
    },
  };
}
