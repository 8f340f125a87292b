/**
 * Practice: rehearse the questions in the browser (draft, reveal, tick the key points, rate) with
 * spaced repetition by FSRS, progress kept on the device, export and import, a mock interview,
 * and the Anki deck. Components: `PracticePage.astro` (the `/practice/` page) and
 * `PractiseLink.astro` (the link under an answer's title).
 */
export { answersDeck } from './deck.ts';
export { practicePath } from './questions.ts';
