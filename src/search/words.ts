/**
 * Words as search sees them, on both sides: the query a reader types (split into the terms worth
 * searching for) and the site's text (split into the vocabulary typos are corrected against).
 * Plain functions, the same in the browser and at build time.
 */

/**
 * Question forms and function words readers type around what they look for ("how do I", "what
 * is", "in a"). Pagefind wants every word of a query on a page, so they would only narrow and
 * skew the results; they are dropped unless nothing else is left.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the how what whats why when where which who whom whose is isnt are arent was were be been ' +
    'being am do does doesnt did didnt dont i im ive me my we our you your it its this that these ' +
    'those there here in on of to for with by at from into onto about as and or but so if can cant ' +
    'could should would will shall may might must vs versus please tell explain'
  ).split(' '),
);

/** Lower case, without accents: `Modélisation` and `modelisation` are one word. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The terms a query is made of, as typed: split at spaces, without the punctuation around them
 * ("table?" is "table"), inner punctuation kept ("CI/CD", "man's", "Z-order").
 */
export function queryTokens(query: string): string[] {
  return query
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter(Boolean);
}

/** The key a token is compared by: normalised, inner apostrophes dropped ("what's" is "whats"). */
function tokenKey(token: string): string {
  return normaliseWord(token).replace(/['’]/g, '');
}

/** Whether a token is only a question form or function word. */
export function isFiller(token: string): boolean {
  return FILLER_WORDS.has(tokenKey(token));
}

/**
 * The terms of a query worth searching for: its tokens without fillers, or all of them when every
 * token is one ("what is it" stays as typed). A quoted query is an exact phrase for Pagefind and
 * is kept whole.
 */
export function searchTerms(query: string): string[] {
  if (/^\s*".+"\s*$/.test(query)) return [query.trim()];
  const tokens = queryTokens(query);
  const content = tokens.filter((token) => !isFiller(token));
  return content.length > 0 ? content : tokens;
}

/** The shortest word that is corrected: four letters leave too many near neighbours ("spot", "slot"). */
export const MIN_CORRECTED_LENGTH = 5;

/**
 * Whether a term may be a misspelling worth correcting: letters only and long enough. Names with
 * digits or punctuation (`S3`, `CI/CD`, `retry_delay`) are left as typed.
 */
export function isCorrectable(term: string): boolean {
  return term.length >= MIN_CORRECTED_LENGTH && /^\p{L}+$/u.test(term);
}

/** The words of a text that a correction may propose: letters only, normalised, three or more. */
export function textWords(text: string): string[] {
  return (normaliseWord(text).match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 3);
}
