import { getCollection } from 'astro:content';
import { neutralColour, themeColours } from '../data/theme-colours.ts';
import { themeLabel } from '../data/themes.ts';
import { getAnswers } from './site-content.ts';
import { absoluteUrl, shortLinkPath, socialCardPath } from './share-urls.ts';
import type { SocialCardContent } from './social-card.ts';

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

/**
 * Every page with its own social card: the home page, each answer and each concept. Other pages
 * (the 404, the all-answers sheet) share the home page's card. The card endpoint and the head tags
 * both read this list, so a tag never points at an image that was not generated.
 */
export async function getCardedPages(site: URL, base: string): Promise<CardedPage[]> {
  const [answers, docs] = await Promise.all([getAnswers(), getCollection('docs')]);
  const home = docs.find((entry) => entry.id === 'index');
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
        },
        `${kicker}: ${answer.question}`,
      ),
    );
  }
  for (const entry of docs.filter((e) => e.id.startsWith('concepts/') && e.data.concept)) {
    pages.push(
      page(
        entry.id,
        {
          kicker: 'Concept',
          title: entry.data.title,
          detail: entry.data.concept?.definition ?? entry.data.description ?? '',
          accent: neutralColour,
          siteName,
          url: displayUrl(site, base, `/${entry.id}/`),
        },
        `Concept: ${entry.data.title}`,
      ),
    );
  }
  return pages;
}
