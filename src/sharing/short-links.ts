import { getAnswers } from '../answers/index.ts';
import { absoluteUrl, withBase } from '../shared/urls.ts';
import { cardOfPage } from './carded-pages.ts';
import { redirectPageHtml } from './redirect-page.ts';

/**
 * The short permalinks `/q/1/` to `/q/14/`: for each question, the static page that sends the
 * reader to its answer and carries the answer's preview tags (see `redirect-page.ts`).
 */
export async function shortLinkPages(site: URL, base: string): Promise<{ number: number; html: string }[]> {
  const answers = await getAnswers();
  return Promise.all(
    answers.map(async (answer) => {
      const card = await cardOfPage(site, base, answer.id);
      const html = redirectPageHtml({
        target: withBase(answer.path, base),
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
      return { number: answer.meta.number, html };
    }),
  );
}
