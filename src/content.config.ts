import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { AnswerSchema, ConceptSchema } from './schemas/answer.ts';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Present on every page under `answers/`: see `src/schemas/answer.ts`. */
        answer: AnswerSchema.optional(),
        /** Present on every page under `concepts/`: see `src/schemas/answer.ts`. */
        concept: ConceptSchema.optional(),
      }),
    }),
  }),
};
