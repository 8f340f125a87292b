import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { AnswerSchema } from './answers/index.ts';
import { ConceptSchema } from './concepts/index.ts';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Present on every page under `answers/`: see `src/answers/schema.ts`. */
        answer: AnswerSchema.optional(),
        /** Present on every page under `concepts/`: see `src/concepts/schema.ts`. */
        concept: ConceptSchema.optional(),
      }),
    }),
  }),
  /** Starlight's interface strings we word differently: `src/content/i18n/en.json`. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
