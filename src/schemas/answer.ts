import { z } from 'astro/zod';
import { themeKeys } from '../data/themes.ts';

/** The number of interview questions the site publishes. */
export const ANSWER_COUNT = 14;

/**
 * Frontmatter an answer page carries under `answer:`, beside Starlight's own `title`
 * (the question, word for word) and `description` (one line, used for meta tags and cards).
 */
export const AnswerSchema = z.object({
  /** Position of the question in the interview, 1 to 14. Unique across answers. */
  number: z
    .number({ error: '"answer.number" must be a whole number from 1 to 14' })
    .int('"answer.number" must be a whole number from 1 to 14')
    .min(1, '"answer.number" must be a whole number from 1 to 14')
    .max(ANSWER_COUNT, '"answer.number" must be a whole number from 1 to 14'),
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
});

export type AnswerFrontmatter = z.infer<typeof AnswerSchema>;

/** Frontmatter a concept page carries under `concept:`. */
export const ConceptSchema = z.object({
  /** Other names a reader may know this concept by; the search index and auto-linking use them. */
  aliases: z.array(z.string()).default([]),
  /** Slugs of closely related concept pages. */
  related: z.array(z.string()).default([]),
  /** The definition in two or three sentences, shown on preview cards. */
  definition: z.string().min(20, '"concept.definition" must be a sentence or more'),
});

export type ConceptFrontmatter = z.infer<typeof ConceptSchema>;
