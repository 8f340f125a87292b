import type { APIRoute } from 'astro';
import { feedDocuments } from '~/portfolio/index.ts';

/** `/feed.xml`: every answer as an Atom feed, for feed readers. */
export const GET: APIRoute = async ({ site }) => {
  const { atom } = await feedDocuments(site ?? new URL('http://localhost:4321'), import.meta.env.BASE_URL);
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
