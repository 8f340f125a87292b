import { escapeRegExp } from '../shared/text.ts';

/**
 * The words that mean a concept: its title without a parenthetical (`DAG (Airflow)` -> `DAG`), the
 * parenthetical's own name when it is an abbreviation (`AQE`), and its aliases.
 */
export function conceptTerms(title: string, aliases: readonly string[]): string[] {
  const plain = title.replace(/\s*\(.*\)\s*$/, '').trim();
  const inner = title.match(/\(([^)]+)\)/)?.[1]?.trim();
  const abbreviation = inner && /^[A-Z0-9]{2,6}$/.test(inner) ? [inner] : [];
  const terms = [plain, ...abbreviation, ...aliases].map((t) => t.trim()).filter((t) => t.length >= 3);
  // Longest first, so "partition pruning" wins over "pruning" at the same place.
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** A regex matching any term as whole words, with an optional plural `s`/`es`, case-insensitive. */
export function termsPattern(terms: readonly string[]): RegExp {
  const escaped = terms.map(escapeRegExp);
  return new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?:e?s)?(?![\\w-])`, 'i');
}
