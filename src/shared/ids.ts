/**
 * Ids and slugs. A page's content id is its path under `src/content/docs/` without the extension
 * (`answers/spark-performance-and-cost`, `concepts/shuffle`, `index`); its slug is the last part,
 * which is also its URL. Slugs are promised forever, so they are checked, never derived from titles.
 */

/** Lower-case words joined by single hyphens: the only slugs (and diagram ids) the site accepts. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** The folders of `src/content/docs/` that hold a kind of page. */
export type Section = 'answers' | 'concepts';

/** `contentId('concepts', 'shuffle')` is `concepts/shuffle`. */
export function contentId(section: Section, slug: string): string {
  return `${section}/${slug}`;
}

/** The slug of a page in `section`, or undefined when the id is in another section. */
export function slugIn(section: Section, id: string): string | undefined {
  return id.startsWith(`${section}/`) ? id.slice(section.length + 1) : undefined;
}

/** The section a content id belongs to, if any. */
export function sectionOf(id: string): Section | undefined {
  if (id.startsWith('answers/')) return 'answers';
  if (id.startsWith('concepts/')) return 'concepts';
  return undefined;
}

/**
 * A question number, checked: every per-question address (`/q/3/`, `/embed/q/3/`, `/badge/q/3.svg`)
 * needs a whole number from 1. `address` names the one asked for, for the error.
 * @throws when `number` is not a whole number from 1
 */
export function questionNumber(number: number, address: string): number {
  if (!Number.isInteger(number) || number < 1) throw new Error(`no ${address} for question ${number}`);
  return number;
}
