// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { siteOrigin, basePath } from './src/config/hosting.mjs';
import { searchRanking } from './src/config/search-ranking.mjs';
import { contentChecks } from './src/integrations/content-checks.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { rehypeConceptLinks } from './src/markdown/rehype-concept-links.ts';

const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  site: siteOrigin(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  markdown: {
    // The unified processor runs rehype plugins (Astro 7's default, Satteri, does not).
    processor: unified({
      rehypePlugins: [
        [rehypeConceptLinks, { base }],
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
  integrations: [
    contentChecks(),
    starlight({
      title: 'Data Engineering Answers',
      description:
        "A data engineer's answers to 14 interview questions on Spark, AWS data lakes, Airflow, data quality, governance, PostgreSQL and cost, with architecture diagrams.",
      customCss: ['./src/styles/site.css', './src/styles/diagrams.css'],
      routeMiddleware: ['./src/route-middleware.ts', './src/route-middleware-social.ts'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Search: "/" and arrow keys in the search dialog (see "Search" in the README).
        Search: './src/components/SearchWithShortcuts.astro',
        // The title, then the share bar and copy-link support, then the page's search terms.
        PageTitle: './src/components/overrides/PageTitle.astro',
      },
      // One ranking for the search dialog, the search page and the search tests.
      pagefind: { ranking: searchRanking },
      // Answers are grouped by theme in src/route-middleware.ts, from their frontmatter.
      sidebar: [{ label: 'Concepts', collapsed: true, items: [{ autogenerate: { directory: 'concepts' } }] }],
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    }),
    linkCheck(),
  ],
});
