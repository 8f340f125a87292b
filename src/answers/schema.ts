import { z } from 'astro/zod';
import { themeKeys } from './themes.ts';

/** The number of interview questions the site publishes. */
export const ANSWER_COUNT = 14;

const numberMessage = `"answer.number" must be a whole number from 1 to ${ANSWER_COUNT}`;
const keyPointsMessage = '"answer.keyPoints" needs 3 to 6 key points, one checkable idea each';
/** A key point a reader can tick as covered: a short sentence, not a word and not a paragraph. */
const KEY_POINT_LENGTH = { min: 10, max: 160 };

/**
 * What an answer's claims can be checked against, with the name readers see ("Checked against
 * Spark 4.2 and Delta Lake 4.4"). The order here is the order they are listed in.
 */
export const CHECKED_AGAINST = {
  spark: 'Spark',
  delta: 'Delta Lake',
  'databricks-runtime': 'Databricks Runtime',
  airflow: 'Airflow',
  postgresql: 'PostgreSQL',
  iceberg: 'Apache Iceberg',
  python: 'Python',
} as const;
export type CheckedAgainstKey = keyof typeof CHECKED_AGAINST;
const checkedAgainstKeys = Object.keys(CHECKED_AGAINST) as [CheckedAgainstKey, ...CheckedAgainstKey[]];

const reviewedMessage =
  '"answer.reviewed" is required: { date: YYYY-MM-DD, versions: { spark: \'4.2\', ... } }, the day the page was last checked and what against';
const versionMessage = "a version is a quoted release number such as '4.2', '18' or '18 LTS'";

/** When an answer was last checked against official documentation, and which releases. */
export const ReviewedSchema = z.object(
  {
    /** The day the page's claims were last checked (YAML date, `2026-12-06`). Not in the future. */
    date: z.coerce
      .date({ error: '"answer.reviewed.date" must be a date written YYYY-MM-DD' })
      .refine((date) => date.getTime() <= Date.now() + 24 * 60 * 60 * 1000, {
        message: '"answer.reviewed.date" cannot be in the future',
      }),
    /**
     * The releases the claims were checked against, by key (`spark`, `delta`,
     * `databricks-runtime`, `airflow`, `postgresql`, `iceberg`, `python`); at least one.
     */
    versions: z
      .record(
        z.string(),
        z.string({ error: versionMessage }).regex(/^\d+(\.\d+){0,2}( LTS)?$/, versionMessage),
      )
      .superRefine((versions, ctx) => {
        for (const key of Object.keys(versions).filter((k) => !(k in CHECKED_AGAINST))) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `"answer.reviewed.versions" keys are: ${checkedAgainstKeys.join(', ')}`,
          });
        }
        if (Object.keys(versions).length === 0) {
          ctx.addIssue({
            code: 'custom',
            message: '"answer.reviewed.versions" names at least one release the page was checked against',
          });
        }
      })
      .transform((versions) => versions as Partial<Record<CheckedAgainstKey, string>>),
  },
  { error: reviewedMessage },
);

export type Reviewed = z.infer<typeof ReviewedSchema>;

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
  /** When the page was last checked against official documentation, and against which releases. */
  reviewed: ReviewedSchema,
});

export type AnswerFrontmatter = z.infer<typeof AnswerSchema>;
