import type { APIRoute } from 'astro';
import { embedNotFoundPage } from '~/portfolio/index.ts';

/** `/embed/404.html`: what a frame gets for `/embed/q/<n>/` when `n` is not a question. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await embedNotFoundPage(site ?? new URL('http://localhost:4321'), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
