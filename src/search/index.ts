/**
 * Search: Pagefind, built into Starlight, plus what the site adds (other names, topics and kinds,
 * the search page, "/" and arrow keys) and the data files authors edit (`synonyms.ts`, `topics.ts`).
 */
export { searchRanking } from './ranking.ts';
export { checkSearchDataFiles } from './record.ts';
export { searchTopics } from './topics.ts';
export { SEARCH_CASES, type SearchCase } from './cases.ts';
