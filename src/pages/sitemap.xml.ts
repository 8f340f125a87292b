import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/shared/urls.ts';

/**
 * `/sitemap.xml`, the address crawlers and people try first. Starlight's sitemap integration writes
 * `sitemap-index.xml` and its chunks `sitemap-0.xml`, `sitemap-1.xml`... (45,000 URLs each, so one
 * chunk for this site); this is the same index under the usual name. A test checks that both list
 * the same sitemaps, so a second chunk cannot go unnoticed.
 */
export const GET: APIRoute = ({ site }) => {
  const chunk = absoluteUrl(site ?? 'http://localhost:4321', import.meta.env.BASE_URL, '/sitemap-0.xml');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${chunk}</loc></sitemap></sitemapindex>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
