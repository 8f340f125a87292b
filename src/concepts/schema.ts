import { z } from 'astro/zod';

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
