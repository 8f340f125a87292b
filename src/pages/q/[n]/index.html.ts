import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { redirectPageHtml } from '~/lib/redirect-page.ts';
import { absoluteUrl } from '~/lib/share-urls.ts';
import { getAnswers, withBase } from '~/lib/site-content.ts';
import { getCardedPages } from '~/lib/social-cards.ts';

/**
 * The short permalinks `/q/1/` to `/q/14/`: static pages that send the reader to the answer.
 * An endpoint rather than an `.astro` page so the sitemap, which lists pages only, leaves these
 * redirects out; the output is `q/<n>/index.html`, which every static host serves at `/q/<n>/`.
 */
export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  const base = import.meta.env.BASE_URL;
  const [answers, carded] = await Promise.all([getAnswers(), getCardedPages(site, base)]);
  return answers.map((answer) => {
    const card = carded.find((page) => page.cardId === answer.id);
    const html = redirectPageHtml({
      target: withBase(answer.path),
      label: answer.question,
      lead: `Question ${answer.meta.number} lives at its permanent address:`,
      social: {
        title: answer.question,
        description: answer.description,
        url: absoluteUrl(site, base, answer.path),
        image: absoluteUrl(site, base, card?.imagePath ?? '/og/index.png'),
        imageAlt: card?.imageAlt ?? answer.question,
        siteName: card?.card.siteName ?? '',
        type: 'article',
      },
    });
    return { params: { n: String(answer.meta.number) }, props: { html } };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
