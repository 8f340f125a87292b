import type { APIRoute } from 'astro';
import { feedDocuments } from '~/portfolio/index.ts';

/** `/answers.json`: every answer as a JSON Feed 1.1, for portfolios that list them from code. */
export const GET: APIRoute = async ({ site }) => {
  const { json } = await feedDocuments(site ?? new URL('http://localhost:4321'), import.meta.env.BASE_URL);
  return new Response(json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
