/**
 * The short permalinks readers share, relative to the base (`shared/urls.ts` makes them absolute).
 * Pure, so pages, endpoints and tests agree on them.
 */
import { questionNumber } from '../shared/ids.ts';

/**
 * The short permalink of question `number`, relative to the base: `/q/3/`. The trailing slash is
 * the form every static host serves without a redirect (S3 behind CloudFront included).
 */
export function shortLinkPath(number: number): string {
  return `/q/${questionNumber(number, 'short link')}/`;
}
