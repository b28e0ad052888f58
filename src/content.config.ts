import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SITE } from '@/site.config';
import { makeArticleSchema, highlightSchema } from '@/lib/content/content-schema';
import { entryIdFromPath } from '@/lib/content/content-path';

/** `content/<article>/<locale>/index.md`: article metadata, body = lede. */
const articles = defineCollection({
  loader: glob({ base: SITE.contentDir, pattern: '*/*/index.md', generateId: ({ entry }) => entryIdFromPath(entry) }),
  schema: ({ image }) => makeArticleSchema(image()),
});

/** `content/<article>/<locale>/NN.md`: one highlight each. */
const highlights = defineCollection({
  loader: glob({ base: SITE.contentDir, pattern: '*/*/[0-9]*.md', generateId: ({ entry }) => entryIdFromPath(entry) }),
  schema: highlightSchema,
});

export const collections = { articles, highlights };
