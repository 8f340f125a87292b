/**
 * Pulls the parts of an answer page that make the one-page cheat sheet out of its MDX source:
 * the owner's answer (inside `<OwnerAnswer>`) and the key points (the `## In 30 seconds` list).
 * Pure text functions, so they are tested without a build.
 */
import type { Answer } from './answers.ts';

/** The heading of the key points section on every answer page. */
const KEY_POINTS_HEADING = 'In 30 seconds';

/** The Markdown between `<OwnerAnswer ...>` and `</OwnerAnswer>`, trimmed; undefined when absent. */
export function ownerAnswerMarkdown(body: string): string | undefined {
  return body.match(/<OwnerAnswer[^>]*>\s*([\s\S]*?)\s*<\/OwnerAnswer>/)?.[1];
}

/** The Markdown under a `## heading`, up to the next level-2 heading; undefined when absent. */
export function sectionMarkdown(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^##\s/.test(line));
  const section = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
  return section || undefined;
}

/** The key points of an answer page (its `## In 30 seconds` list) as Markdown; undefined when absent. */
export function keyPointsMarkdown(body: string): string | undefined {
  return sectionMarkdown(body, KEY_POINTS_HEADING);
}

/** What the cheat sheet shows for one answer, still as Markdown. */
export interface CheatSheetParts {
  ownerAnswer: string;
  keyPoints: string;
}

/** Both parts of one answer, or an error naming the file and what is missing. */
export function cheatSheetParts(body: string, file: string): CheatSheetParts {
  const ownerAnswer = ownerAnswerMarkdown(body);
  const keyPoints = keyPointsMarkdown(body);
  if (!ownerAnswer) throw new Error(`${file}: no <OwnerAnswer> block for the all-answers page`);
  if (!keyPoints) throw new Error(`${file}: no "## ${KEY_POINTS_HEADING}" section for the all-answers page`);
  return { ownerAnswer, keyPoints };
}

/** The id of an answer's section on the cheat sheet: `#q3`. */
export function cheatSheetAnchor(number: number): string {
  return `q${number}`;
}

/** The cheat sheet's table of contents: one entry per answer, as Starlight's headings. */
export function cheatSheetHeadings(
  answers: readonly Answer[],
): { depth: number; slug: string; text: string }[] {
  return answers.map((answer) => ({
    depth: 2,
    slug: cheatSheetAnchor(answer.meta.number),
    text: `${answer.meta.number}. ${answer.meta.shortTitle}`,
  }));
}
