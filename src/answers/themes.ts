/**
 * The themes that group the answers on the home page and in the sidebar.
 * Their order here is the order a reader sees; an answer names its theme by key.
 */
export const themes = [
  { key: 'pipelines', label: 'Pipelines and platform' },
  { key: 'spark', label: 'Spark' },
  { key: 'storage', label: 'Storage and cost' },
  { key: 'quality', label: 'Quality and operations' },
  { key: 'governance', label: 'Governance' },
  { key: 'sql', label: 'SQL' },
  { key: 'ml', label: 'ML' },
] as const;

export type ThemeKey = (typeof themes)[number]['key'];

export const themeKeys = themes.map((theme) => theme.key) as [ThemeKey, ...ThemeKey[]];

export function themeLabel(key: ThemeKey): string {
  return themes.find((theme) => theme.key === key)?.label ?? key;
}

/**
 * One colour per theme, used on social cards. `satisfies` makes a new theme without a colour a type
 * error.
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
