import { z } from 'astro/zod';
import { themeKeys } from './themes.ts';

/** The number of interview questions the site publishes. */
export const ANSWER_COUNT = 14;

const numberMessage = `"answer.number" must be a whole number from 1 to ${ANSWER_COUNT}`;
const keyPointsMessage = '"answer.keyPoints" needs 3 to 6 key points, one checkable idea each';
/** A key point a reader can tick as covered: a short sentence, not a word and not a paragraph. */
const KEY_POINT_LENGTH = { min: 10, max: 160 };

/**
 * Frontmatter an answer page carries under `answer:`, beside Starlight's own `title` (the
 * question, word for word) and `description` (one line, used for meta tags and cards). Messages
 * are written for authors: the build prints them with the file and the line of the field.
 */
export const AnswerSchema = z.object({
  /** Position of the question in the interview, 1 to 14. Unique across answers. */
  number: z
    .number({ error: numberMessage })
    .int(numberMessage)
    .min(1, numberMessage)
    .max(ANSWER_COUNT, numberMessage),
  /** The theme that groups this answer on the home page and in the sidebar. */
  theme: z.enum(themeKeys, {
    error: `"answer.theme" must be one of: ${themeKeys.join(', ')}`,
  }),
  /** A short label (a few words) for the sidebar, cards and the concept map. */
  shortTitle: z
    .string({ error: '"answer.shortTitle" is required: a few words for the sidebar' })
    .min(3)
    .max(40, '"answer.shortTitle" must fit the sidebar: 40 characters at most'),
  /** Concept page slugs (`shuffle`, not `concepts/shuffle`) this answer relies on, most important first. */
  concepts: z.array(z.string()).default([]),
  /** Answer slugs (`spark-performance-and-cost`) a reader should see next, most relevant first. */
  related: z.array(z.string()).default([]),
  /** Diagram ids (file names in `diagrams/` without `.mmd`) this page shows. */
  diagrams: z.array(z.string()).default([]),
  /**
   * What a good answer covers, 3 to 6 items, each one idea a reader practising the question can tick
   * as "I covered this" (the practice page, the Anki deck). May reuse "In 30 seconds", split so that
   * each item is checkable on its own.
   */
  keyPoints: z
    .array(
      z
        .string({ error: '"answer.keyPoints" items are sentences in quotes' })
        .trim()
        .min(
          KEY_POINT_LENGTH.min,
          `a key point is one checkable idea: at least ${KEY_POINT_LENGTH.min} characters`,
        )
        .max(
          KEY_POINT_LENGTH.max,
          `a key point is one checkable idea: ${KEY_POINT_LENGTH.max} characters at most (split a longer one)`,
        ),
      { error: keyPointsMessage },
    )
    .min(3, keyPointsMessage)
    .max(6, keyPointsMessage),
});

export type AnswerFrontmatter = z.infer<typeof AnswerSchema>;
