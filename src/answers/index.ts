/**
 * Answers: the 14 questions and the owner's answers. The model (read through Astro or from disk),
 * the frontmatter schema, the themes that group them, the sidebar and previous/next order, and the
 * components that show them (`OwnerAnswer.astro`, `AnswerIndex.astro`, `AnswerMeta.astro`,
 * `CheatSheet.astro`).
 */
export {
  answerOfPage,
  checkAnswers,
  entriesFromFiles,
  getAnswers,
  readAnswers,
  type Answer,
} from './answers.ts';
export { cheatSheetHeadings, keyPointsMarkdown, ownerAnswerMarkdown } from './cheat-sheet.ts';
export {
  checkedAgainstText,
  isReviewStale,
  REVIEW_STALE_MONTHS,
  reviewedIsoDate,
  checkedReleases,
  reviewedVersions,
} from './reviewed.ts';
export { AnswerSchema, type AnswerFrontmatter, type Reviewed } from './schema.ts';
export { neutralColour, themeColours, themeLabel, themes, type ThemeKey } from './themes.ts';
export { answersPlugin } from './plugin.ts';
