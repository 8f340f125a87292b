import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/shared/urls.ts';

/**
 * `robots.txt`, pointing crawlers at the sitemap with the SITE_URL origin and the base path.
 * Crawlers read it only at the root of a host: under a base path, copy it to the root.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site ?? 'http://localhost:4321', import.meta.env.BASE_URL, '/sitemap.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
