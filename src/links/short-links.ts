import { getAnswers, type Answer } from '../answers/index.ts';
import { cardOfPage } from '../cards/index.ts';
import { absoluteUrl, withBase } from '../shared/urls.ts';
import { redirectPageHtml } from './redirect-page.ts';
import { shortLinkPath } from './urls.ts';

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

/**
 * `_redirects`, for hosts that read it (Cloudflare Pages, Netlify): a 301 from each short link, with
 * and without its trailing slash, to its answer, so crawlers and link checkers see a permanent
 * move. Cloudflare Pages applies these before serving the `/q/<n>/` page; Netlify serves an
 * existing file first (a rule would need `301!`, which Cloudflare rejects), so there, as on every
 * other host, the meta-refresh page still sends the reader on.
 */
export function shortLinkRedirects(answers: readonly Pick<Answer, 'path' | 'meta'>[], base: string): string {
  const lines = answers.flatMap((answer) => {
    const from = withBase(shortLinkPath(answer.meta.number), base);
    const to = withBase(answer.path, base);
    return [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`];
  });
  return `${lines.join('\n')}\n`;
}
