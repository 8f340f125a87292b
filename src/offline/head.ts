import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { basePath } from '../shared/urls.ts';
import { iconPath, MANIFEST_PATH, THEME_COLOURS } from './manifest.ts';
import { offlineEnabled } from './settings.ts';

/**
 * Links the web app manifest from every Starlight page, with the browser bar's colour for each
 * colour scheme and the icon iOS uses for the home screen. Nothing when offline reading is off.
 */
export const onRequest = defineRouteMiddleware((context) => {
  if (!offlineEnabled()) return;
  const base = basePath(import.meta.env.BASE_URL);
  const head = context.locals.starlightRoute.head;
  head.push({ tag: 'link', attrs: { rel: 'manifest', href: `${base}${MANIFEST_PATH}` } });
  head.push({
    tag: 'link',
    attrs: { rel: 'apple-touch-icon', href: `${base}${iconPath('apple-touch-icon.png')}` },
  });
  for (const scheme of ['light', 'dark'] as const) {
    head.push({
      tag: 'meta',
      attrs: {
        name: 'theme-color',
        media: `(prefers-color-scheme: ${scheme})`,
        content: THEME_COLOURS[scheme].theme,
      },
    });
  }
});
