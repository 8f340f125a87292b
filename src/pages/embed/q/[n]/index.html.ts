import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { embedPages } from '~/portfolio/index.ts';

/**
 * The embeddable cards `/embed/q/1/` to `/embed/q/14/`: standalone pages other sites frame. An
 * endpoint, like the short links, so the sitemap leaves these `noindex` pages out.
 */
export const getStaticPaths = (async () => {
  const pages = await embedPages(new URL(import.meta.env.SITE), import.meta.env.BASE_URL);
  return pages.map(({ number, html }) => ({ params: { n: String(number) }, props: { html } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
