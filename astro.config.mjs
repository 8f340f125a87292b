// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { siteOrigin, basePath } from './src/config/hosting.mjs';
import rehypeBaseLinks from './src/plugins/rehype-base-links.mjs';

export default defineConfig({
  site: siteOrigin(process.env.SITE_URL),
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  markdown: {
    processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base: basePath(process.env.BASE_PATH) }]] }),
  },
  integrations: [
    starlight({
      title: 'Data Engineering Answers',
      description:
        "A data engineer's answers to 14 interview questions on Spark, AWS data lakes, Airflow, data quality, governance, PostgreSQL and cost, with architecture diagrams.",
      customCss: ['./src/styles/site.css'],
      routeMiddleware: ['./src/route-middleware.ts', './src/route-middleware-social.ts'],
      components: { PageTitle: './src/components/overrides/PageTitle.astro' },
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    }),
  ],
});
