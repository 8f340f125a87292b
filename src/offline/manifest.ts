/**
 * The web app manifest that makes the site installable, and the colours it shares with the pages'
 * `theme-color` tags. Pure: the route (`src/pages/manifest.webmanifest.ts`) and the tests call it.
 */

/** Starlight's page and bar colours in each theme (`--sl-color-bg`, `--sl-color-bg-nav`). */
export const THEME_COLOURS = {
  light: { background: '#ffffff', theme: '#f5f6f8' },
  dark: { background: '#17181c', theme: '#22252f' },
} as const;

/** The icons drawn from the site's mark (`public/favicon.svg`) at build, by file name. */
export const ICONS = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'maskable-512.png', size: 512, maskable: true },
  // iOS ignores the manifest's icons and rounds this one's corners itself: a full square.
  { name: 'apple-touch-icon.png', size: 180, maskable: true },
] as const;

export type IconName = (typeof ICONS)[number]['name'];

/** Where the manifest and the icons are served, under the base. */
export const MANIFEST_PATH = 'manifest.webmanifest';
export const iconPath = (name: IconName) => `icons/${name}`;

export interface ManifestOptions {
  name: string;
  shortName: string;
  description: string;
  /** The base path, with its slashes: `/` or `/portfolio/`. */
  base: string;
}

/**
 * The manifest: the site's names, `start_url`, `scope` and `id` at the base path (so an install
 * of a site under `/portfolio/` opens there and stays there), the light theme's colours, and the
 * dark theme's under `user_preferences` (a proposed member: browsers without it keep the light
 * ones; the pages' `theme-color` tags follow the reader's setting in either case).
 */
export function webManifest({ name, shortName, description, base }: ManifestOptions) {
  return {
    id: base,
    name,
    short_name: shortName,
    description,
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: THEME_COLOURS.light.background,
    theme_color: THEME_COLOURS.light.theme,
    user_preferences: {
      color_scheme: {
        dark: { background_color: THEME_COLOURS.dark.background, theme_color: THEME_COLOURS.dark.theme },
      },
    },
    icons: [
      ...ICONS.filter((icon) => icon.name !== 'apple-touch-icon.png').map((icon) => ({
        src: `${base}${iconPath(icon.name)}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.maskable ? 'maskable' : 'any',
      })),
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

/**
 * The SVG of an icon: the mark as it is, or (maskable) on a full square of its own background with
 * the mark inside the central 80 % that every mask shape keeps. The mark is embedded whole as an
 * image, so its markup is never rewritten.
 */
export function iconSvg(mark: string, size: number, maskable: boolean, background: string): string {
  const inset = maskable ? size * 0.1 : 0;
  const inner = size - 2 * inset;
  const href = `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${
    maskable ? `<rect width="${size}" height="${size}" fill="${background}"/>` : ''
  }<image x="${inset}" y="${inset}" width="${inner}" height="${inner}" href="${href}"/></svg>`;
}
