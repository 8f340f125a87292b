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
