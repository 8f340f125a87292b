/**
 * What an answer says about when and against what it was checked (`answer.reviewed`): the line
 * readers see under the title, the feeds and the cheat sheet, and the age `npm run check` warns
 * about. Pure functions, tested without a build.
 */
import { CHECKED_AGAINST, type CheckedAgainstKey, type Reviewed } from './schema.ts';

/** A review older than this many months is stale: `npm run check` warns (it does not fail). */
export const REVIEW_STALE_MONTHS = 12;

/** The releases a page was checked against, in a fixed order: `["Spark 4.2", "Delta Lake 4.4"]`. */
export function checkedReleases(reviewed: Reviewed): string[] {
  return (Object.keys(CHECKED_AGAINST) as CheckedAgainstKey[]).flatMap((key) => {
    const version = reviewed.versions[key];
    return version === undefined ? [] : [`${CHECKED_AGAINST[key]} ${version}`];
  });
}

/** The releases by key, without the keys a page left out: `{ spark: '4.2', delta: '4.4' }`. */
export function reviewedVersions(reviewed: Reviewed): Record<string, string> {
  return Object.fromEntries(
    Object.entries(reviewed.versions).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** "December 2026", in UTC so that a build anywhere prints the same month. */
export function reviewedMonth(reviewed: Reviewed): string {
  return reviewed.date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "A, B and C". */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Checked against Spark 4.2, Delta Lake 4.4 and Databricks Runtime 19 in December 2026". */
export function checkedAgainstText(reviewed: Reviewed): string {
  return `Checked against ${listInProse(checkedReleases(reviewed))} in ${reviewedMonth(reviewed)}`;
}

/** The review date as `YYYY-MM-DD`, for `<time datetime>` and the feeds. */
export function reviewedIsoDate(reviewed: Reviewed): string {
  return reviewed.date.toISOString().slice(0, 10);
}

/** True when the review is more than `REVIEW_STALE_MONTHS` months before `now`. */
export function isReviewStale(reviewed: Reviewed, now: Date = new Date()): boolean {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - REVIEW_STALE_MONTHS);
  return reviewed.date.getTime() < limit.getTime();
}
