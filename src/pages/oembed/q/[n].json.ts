import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { oembedDocuments } from '~/portfolio/index.ts';

/** `/oembed/q/<n>.json`: the static oEmbed document each answer page links in its head. */
export const getStaticPaths = (async () => {
  const documents = await oembedDocuments(new URL(import.meta.env.SITE), import.meta.env.BASE_URL);
  return documents.map(({ number, json }) => ({ params: { n: String(number) }, props: { json } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
