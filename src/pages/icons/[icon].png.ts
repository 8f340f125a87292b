import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ICONS, renderIcon } from '~/offline/index.ts';

/** The web app manifest's icons, drawn from the site's mark at build: `/icons/icon-192.png`... */
export const getStaticPaths = (() =>
  ICONS.map((icon) => ({
    params: { icon: icon.name.replace(/\.png$/, '') },
    props: { name: icon.name },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(new Uint8Array(renderIcon(props.name)), { headers: { 'Content-Type': 'image/png' } });
