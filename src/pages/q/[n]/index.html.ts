import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { shortLinkPages } from '~/links/index.ts';

/**
 * The short permalinks `/q/1/` to `/q/14/`: static pages that send the reader to the answer.
 * An endpoint rather than an `.astro` page so the sitemap, which lists pages only, leaves these
 * redirects out; the output is `q/<n>/index.html`, which every static host serves at `/q/<n>/`.
 */
export const getStaticPaths = (async () => {
  const pages = await shortLinkPages(new URL(import.meta.env.SITE), import.meta.env.BASE_URL);
  return pages.map(({ number, html }) => ({ params: { n: String(number) }, props: { html } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
