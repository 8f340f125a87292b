import { getAnswers, neutralColour, themeColours, themeLabel } from '../answers/index.ts';
import { getConceptGraph } from '../concepts/index.ts';
import { readRendered } from '../diagrams/index.ts';
import { shortLinkPath } from '../links/index.ts';
import { contentId } from '../shared/ids.ts';
import { absoluteUrl, pagePath } from '../shared/urls.ts';
import type { SocialCardContent } from './social-card.ts';
import { socialCardPath } from './urls.ts';

/** A page that has its own social card, keyed by the card's id (`index`, `answers/x`, `concepts/y`). */
export interface CardedPage {
  cardId: string;
  card: SocialCardContent;
  /** The card's path relative to the base: `/og/answers/x.png`. */
  imagePath: string;
  /** Describes the card image for readers who cannot see it. */
  imageAlt: string;
}

/** `example.com/portfolio/q/3/`: the URL as a reader would type it, shown at the foot of a card. */
function displayUrl(site: URL, base: string, path: string): string {
  return absoluteUrl(site, base, path).replace(/^https?:\/\//, '');
}

const cache = new Map<string, Promise<CardedPage[]>>();

/**
 * Every page with its own social card: the home page, each answer and each concept. Other pages
 * (the 404, the all-answers sheet) share the home page's card. The card endpoint, the short links
 * and the head tags all read this list, so a tag never points at an image that was not generated.
 * Computed once per build.
 */
export function getCardedPages(site: URL, base: string): Promise<CardedPage[]> {
  const key = `${site.href} ${base}`;
  let pages = cache.get(key);
  if (!pages) {
    pages = cardedPages(site, base);
    cache.set(key, pages);
  }
  return pages;
}

/** The card of one page, by content id, or the home page's card for pages without their own. */
export async function cardOfPage(site: URL, base: string, id: string): Promise<CardedPage | undefined> {
  const pages = await getCardedPages(site, base);
  return (
    pages.find((page) => page.cardId === (id || 'index')) ?? pages.find((page) => page.cardId === 'index')
  );
}

async function cardedPages(site: URL, base: string): Promise<CardedPage[]> {
  const { getEntry } = await import('astro:content');
  const [answers, graph, home] = await Promise.all([
    getAnswers(),
    getConceptGraph(),
    getEntry('docs', 'index'),
  ]);
  const siteName = home?.data.title ?? 'Data Engineering Answers';

  const page = (cardId: string, card: SocialCardContent, imageAlt: string): CardedPage => ({
    cardId,
    card,
    imagePath: socialCardPath(cardId),
    imageAlt,
  });

  const homeTitle = home?.data.hero?.title ?? siteName;
  const pages: CardedPage[] = [
    page(
      'index',
      {
        kicker: `${answers.length} interview questions, answered`,
        title: homeTitle,
        // The tagline's first sentence lists the topics; the rest would be cut mid-sentence.
        detail: (home?.data.hero?.tagline ?? home?.data.description ?? '').split(/(?<=\.)\s/)[0] ?? '',
        accent: neutralColour,
        siteName,
        url: displayUrl(site, base, '/'),
      },
      `${siteName}: ${homeTitle}`,
    ),
  ];
  for (const answer of answers) {
    const kicker = `Question ${answer.meta.number} · ${themeLabel(answer.meta.theme)}`;
    // The first diagram an answer lists is its main one: the card shows it beside the question.
    const diagramId = answer.meta.diagrams[0];
    const diagramTitle = diagramId ? readRendered(diagramId)?.title : undefined;
    pages.push(
      page(
        answer.id,
        {
          kicker,
          title: answer.question,
          detail: answer.description,
          accent: themeColours[answer.meta.theme],
          siteName,
          url: displayUrl(site, base, shortLinkPath(answer.meta.number)),
          diagramId,
        },
        diagramTitle
          ? `${kicker}: ${answer.question} Diagram: ${diagramTitle}.`
          : `${kicker}: ${answer.question}`,
      ),
    );
  }
  for (const concept of graph.concepts) {
    const id = contentId('concepts', concept.slug);
    pages.push(
      page(
        id,
        {
          kicker: 'Concept',
          title: concept.title,
          detail: concept.definition,
          accent: neutralColour,
          siteName,
          url: displayUrl(site, base, pagePath(id)),
        },
        `Concept: ${concept.title}`,
      ),
    );
  }
  return pages;
}
