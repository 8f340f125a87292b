/**
 * Search: Pagefind's index of the site built by the site itself (`integration.ts`: pages, diagram
 * boxes and steps, the vocabulary for typo correction), one search behaviour shared by the header
 * dialog and the search page (`engine.ts`), and the data files authors edit (`synonyms.ts`,
 * `topics.ts`).
 */
export { search } from './integration.ts';
export { searchRanking } from './ranking.ts';
export { checkSearchDataFiles } from './record.ts';
export { searchTopics } from './topics.ts';
export { SEARCH_CASES, type SearchCase } from './cases.ts';
export { searchPlugin } from './plugin.ts';
