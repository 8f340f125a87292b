import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { badgeImages } from '~/portfolio/index.ts';

/** `/badge/q/<n>.svg`: a README badge per answer, drawn at build time. */
export const getStaticPaths = (async () => {
  const badges = await badgeImages(new URL(import.meta.env.SITE), import.meta.env.BASE_URL);
  return badges.map(({ number, svg }) => ({ params: { n: String(number) }, props: { svg } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
