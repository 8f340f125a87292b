import type { APIRoute } from 'astro';
import { getConceptGraph } from '~/concepts/index.ts';

/**
 * Definitions for the preview cards, fetched once by a page the first time a reader hovers or
 * focuses a concept link (cheaper than embedding 44 definitions in every page).
 */
export const GET: APIRoute = async () => {
  const graph = await getConceptGraph();
  const cards = Object.fromEntries(
    graph.concepts.map((c) => [c.slug, { title: c.title, definition: c.definition }]),
  );
  return new Response(JSON.stringify(cards), { headers: { 'content-type': 'application/json' } });
};
