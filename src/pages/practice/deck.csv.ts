import type { APIRoute } from 'astro';
import { getAnswers, themeLabel } from '~/answers/index.ts';
import { answersDeck } from '~/practice/index.ts';

/**
 * `/practice/deck.csv`: the questions as an Anki deck (question, the owner's answer, key points,
 * link), written at build from the same content as the pages.
 */
export const GET: APIRoute = async ({ site }) => {
  const csv = await answersDeck(
    await getAnswers(),
    { site: site ?? new URL('http://localhost:4321'), base: import.meta.env.BASE_URL },
    themeLabel,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
