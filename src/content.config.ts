import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SITE } from '@/site.config';
import { makeArticleSchema, highlightSchema } from '@/lib/content/content-schema';
import { ARTICLE_GLOB, HIGHLIGHT_GLOB, entryIdFromPath } from '@/lib/content/content-path';

// `retainBody: false`: Astro's content store, bundled into the build whole, keeps the rendered
// HTML only; the Markdown source is read from the files where needed (src/lib/content/markdown-body.ts).

/** `content/<article>/<locale>/index.md`: article metadata, body = lede. */
const articles = defineCollection({
  loader: glob({ base: SITE.contentDir, pattern: ARTICLE_GLOB, generateId: ({ entry }) => entryIdFromPath(entry), retainBody: false }),
  schema: ({ image }) => makeArticleSchema(image()),
});

/** `content/<article>/<locale>/NN.md`: one highlight each. */
const highlights = defineCollection({
  loader: glob({ base: SITE.contentDir, pattern: HIGHLIGHT_GLOB, generateId: ({ entry }) => entryIdFromPath(entry), retainBody: false }),
  schema: highlightSchema,
});

export const collections = { articles, highlights };
