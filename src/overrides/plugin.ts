import { featurePlugin } from '../shared/starlight-plugin.ts';

/**
 * The site's shell in Starlight: every component slot the site extends (each override puts
 * features together) and the kernel's styles.
 */
export function overridesPlugin() {
  return featurePlugin('site-overrides', new URL('./', import.meta.url), {
    css: ['../shared/site.css'],
    components: {
      Footer: 'Footer.astro',
      Hero: 'Hero.astro',
      MarkdownContent: 'MarkdownContent.astro',
      PageTitle: 'PageTitle.astro',
      Search: 'Search.astro',
    },
  });
}
