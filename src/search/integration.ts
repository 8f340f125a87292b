import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

/**
 * Search in Astro: at the end of `astro build`, the Pagefind index of the finished site, with
 * diagram boxes and steps as records of their own and the vocabulary for typo correction
 * (`search-index.ts`). It replaces Starlight's own indexing (`pagefind: false` in Starlight's
 * options); Starlight still marks the indexed part of each page (`data-pagefind-body`). List it
 * before the link check and headers (`postBuild`), which read the finished output.
 */
export function search(): AstroIntegration {
  return {
    name: 'search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `read ${summary.pages} HTML files and ${summary.diagramRecords} diagram boxes and steps; ` +
            `${summary.words} words for typo correction (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
