#!/usr/bin/env node
// Part of `npm run check`: warns about answers whose `answer.reviewed` is older than twelve
// months, so a page does not silently go stale. A warning, not a failure: the page is still
// right as far as anyone checked; it is due for another look.
import { isReviewStale, readAnswers, REVIEW_STALE_MONTHS } from '../src/answers/index.ts';
import { lineOfField } from '../src/shared/problems.ts';
import { readFileSync } from 'node:fs';

const stale = readAnswers().filter((answer) => isReviewStale(answer.meta.reviewed));
for (const answer of stale) {
  const line = lineOfField(readFileSync(answer.filePath, 'utf8'), 'answer.reviewed.date');
  const date = answer.meta.reviewed.date.toISOString().slice(0, 10);
  console.warn(
    `${answer.filePath}:${line}  warning: last reviewed on ${date}, more than ${REVIEW_STALE_MONTHS} months ago: check the page again and update answer.reviewed`,
  );
}
console.log(
  stale.length === 0
    ? `every answer was reviewed in the last ${REVIEW_STALE_MONTHS} months`
    : `${stale.length} answer(s) due for review (a warning, not a failure)`,
);
