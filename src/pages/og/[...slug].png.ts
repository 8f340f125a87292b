import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCardedPages, renderSocialCard } from '~/cards/index.ts';

/** One 1200x630 PNG per carded page, drawn at build time: `/og/answers/x.png`, `/og/index.png`. */
export const getStaticPaths = (async () => {
  const pages = await getCardedPages(new URL(import.meta.env.SITE), import.meta.env.BASE_URL);
  return pages.map((page) => ({ params: { slug: page.cardId }, props: { card: page.card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await renderSocialCard(props.card), { headers: { 'Content-Type': 'image/png' } });
