import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Explainers: content/explainers/<lang>/<slug>.mdx, the same slug in every
// language. The id is `<lang>/<slug>` (see src/lib/content/explainers.ts).
const explainers = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/explainers' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().positive(),
    updated: z.coerce.date(),
    translation: z.strictObject({
      status: z.enum(['original', 'translated', 'unreviewed']),
      source: z.enum(['zh', 'en', 'kk']),
    }),
  }),
});

export const collections = { explainers };
