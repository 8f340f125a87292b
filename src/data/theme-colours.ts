import type { ThemeKey } from './themes.ts';

/**
 * One colour per theme, used on social cards. Kept beside `themes.ts` rather than in it so the list
 * of themes stays the single place that orders them; `satisfies` makes a new theme without a
 * colour a type error.
 */
export const themeColours = {
  pipelines: '#3b82f6',
  spark: '#f97316',
  storage: '#14b8a6',
  quality: '#22c55e',
  governance: '#a855f7',
  sql: '#eab308',
  ml: '#ec4899',
} as const satisfies Record<ThemeKey, string>;

/** The colour of cards that belong to no theme: concept pages and the home page. */
export const neutralColour = '#8b9cff';
