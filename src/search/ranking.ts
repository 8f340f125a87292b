/**
 * How Pagefind ranks results. One value shared by Starlight's search dialog (through
 * `astro.config.mjs`), the search page, the search-quality tests and the search benchmark, so a
 * query ranks the same everywhere and the tests measure what readers get.
 *
 * Starlight's defaults, except where a comment says why. Change a value only with
 * `tests/e2e/search-quality.spec.ts` passing at the same or a better hit rate.
 *
 * @see https://pagefind.app/docs/ranking/
 */
export const searchRanking: {
  pageLength: number;
  termFrequency: number;
  termSaturation: number;
  termSimilarity: number;
  diacriticSimilarity: number;
  metaWeights: Record<string, number>;
} = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  // Metadata fields (see SearchTerms.astro): a concept's other names rank like the title; an
  // answer's concepts and other words less; the words of its code like body text. Tuned on
  // `cases.ts` after those fields left the indexed text (so that excerpts read as sentences):
  // hit@1 went from 100 % to 96.3 %, hit@3 stayed 100 %.
  metaWeights: { title: 5, aliases: 5, terms: 2, keyterms: 3, code: 1 },
};
