// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { answersPlugin } from './src/answers/index.ts';
import { buildChecksPlugin, contentChecksPlugin } from './src/build/index.ts';
import { conceptMapGenerator, conceptsPlugin, rehypeConceptLinks } from './src/concepts/index.ts';
import { diagramsPlugin } from './src/diagrams/index.ts';
import { offlinePlugin } from './src/offline/index.ts';
import { codeBlocks } from './src/overrides/code-blocks.ts';
import { overridesPlugin } from './src/overrides/plugin.ts';
import { linksPlugin } from './src/links/index.ts';
import { searchPlugin } from './src/search/index.ts';
import { rehypeBaseLinks } from './src/shared/rehype-base-links.ts';
import { rehypeScrollableTables } from './src/shared/rehype-scrollable-tables.ts';
import { setProjectRoot } from './src/shared/project.ts';
import { basePath, siteOrigin } from './src/shared/urls.ts';

// The project is this file's folder, wherever the build is started from (the content checks'
// integration confirms it from Astro's resolved `root`).
setProjectRoot(fileURLToPath(new URL('./', import.meta.url)));

const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  site: siteOrigin(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  // The content-layer cache (default ./node_modules/.astro). The bad-input tests build copies of
  // the project that link this node_modules while the real site builds: they set their own.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7 starts the asset module of every MDX page with its own `"use astro:head-inject"`
        // marker, and Rolldown warns once per page (about 60 five-line warnings) that it may drop
        // it. Harmless: Astro finds these modules by their `?astroPropagatedAssets` id, not by the
        // marker. Only that exact warning is hidden; remove once withastro/astro#18087 is fixed.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('"use astro:head-inject"')
          ) {
            return;
          }
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // The unified processor runs rehype plugins (Astro 7's default, Satteri, does not).
    processor: unified({
      rehypePlugins: [[rehypeConceptLinks, { base }], [rehypeBaseLinks, { base }], rehypeScrollableTables],
    }),
  },
  integrations: [
    starlight({
      title: 'Data Engineering Answers',
      description:
        "A data engineer's answers to 14 interview questions on Spark, AWS data lakes, Airflow, data quality, governance, PostgreSQL and cost, with architecture diagrams.",
      // Each feature registers its own styles, route middleware, overrides and integrations
      // (src/<feature>/plugin.ts). Order matters twice: middleware runs in this order, and
      // integrations run after Starlight's in this order, so the build checks, which hash the
      // final HTML, come after every plugin that writes pages.
      // Stylesheets load in this order too: concepts, answers, the site's kernel, diagrams.
      plugins: [
        // First: a content error is reported as itself before other plugins' checks see its effects.
        contentChecksPlugin(),
        conceptsPlugin(),
        answersPlugin(),
        overridesPlugin(),
        diagramsPlugin({ generators: [conceptMapGenerator()] }),
        linksPlugin(),
        searchPlugin(),
        buildChecksPlugin(),
        // Last: the service worker's precache revisions are those of the finished pages.
        offlinePlugin(),
      ],
      // Code blocks: reachable by keyboard before any script runs, and kept out of search excerpts.
      expressiveCode: { plugins: [codeBlocks()] },
      // The search index is built by the search feature (searchPlugin), with diagram boxes as
      // records of their own; the dialog and the search page share one ranking (src/search/).
      pagefind: false,
      // Answers are grouped by theme in src/answers/navigation.ts, from their frontmatter.
      sidebar: [{ label: 'Concepts', collapsed: true, items: [{ autogenerate: { directory: 'concepts' } }] }],
      // The 404 page is src/pages/404.astro: Starlight's own /404 route would be a second one.
      disable404Route: true,
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    }),
  ],
});
