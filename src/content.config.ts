import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SITE } from '@/site.config';
import { makeArticleSchema, highlightSchema } from '@/lib/content/content-schema';
import { ARTICLE_GLOB, HIGHLIGHT_GLOB, entryIdFromPath } from '@/lib/content/content-path';

/** `content/<article>/<locale>/index.md`: article metadata, body = lede. */
const articles = defineCollection({
  loader: glob({ base: SITE.contentDir, pattern: ARTICLE_GLOB, generateId: ({ entry }) => entryIdFromPath(entry) }),
  schema: ({ image }) => makeArticleSchema(image()),
});

/** `content/<article>/<locale>/NN.md`: one highlight each. */
const highlights = defineCollection({
  loader: glob({ base: SITE.contentDir, pattern: HIGHLIGHT_GLOB, generateId: ({ entry }) => entryIdFromPath(entry) }),
  schema: highlightSchema,
});

export const collections = { articles, highlights };
