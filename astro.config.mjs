// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { contentChecks, postBuild } from './src/build/index.ts';
import { conceptMapGenerator, rehypeConceptLinks } from './src/concepts/index.ts';
import { diagrams } from './src/diagrams/index.ts';
import { offline } from './src/offline/index.ts';
import { codeBlocks } from './src/overrides/code-blocks.ts';
import { search } from './src/search/index.ts';
import { rehypeBaseLinks } from './src/shared/rehype-base-links.ts';
import { rehypeScrollableTables } from './src/shared/rehype-scrollable-tables.ts';
import { basePath, siteOrigin } from './src/shared/urls.ts';

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
    contentChecks(),
    diagrams({ generators: [conceptMapGenerator()] }),
    starlight({
      title: 'Data Engineering Answers',
      description:
        "A data engineer's answers to 14 interview questions on Spark, AWS data lakes, Airflow, data quality, governance, PostgreSQL and cost, with architecture diagrams.",
      customCss: [
        './src/concepts/concepts.css',
        './src/answers/answers.css',
        './src/shared/site.css',
        './src/diagrams/diagrams.css',
      ],
      // Sidebar and previous/next from the content; social card and preview tags on every page.
      // The web app manifest and theme colours, for offline reading (src/offline/).
      routeMiddleware: ['./src/answers/navigation.ts', './src/sharing/head.ts', './src/offline/head.ts'],
      // src/overrides/ owns every Starlight slot the site extends.
      components: {
        Footer: './src/overrides/Footer.astro',
        Hero: './src/overrides/Hero.astro',
        MarkdownContent: './src/overrides/MarkdownContent.astro',
        PageTitle: './src/overrides/PageTitle.astro',
        Search: './src/overrides/Search.astro',
      },
      // Code blocks: reachable by keyboard before any script runs, and kept out of search excerpts.
      expressiveCode: { plugins: [codeBlocks()] },
      // The search index is built by the search feature (`search()` below), with diagram boxes as
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
    search(),
    postBuild(),
    // Last: the service worker's precache revisions are those of the finished pages.
    offline(),
  ],
});
