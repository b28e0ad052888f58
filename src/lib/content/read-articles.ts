// The articles' `index.md` files read straight from disk, before Astro has synced its content
// store: the share cards start drawing from these while Astro is still starting up (see
// src/integrations/share-cards.ts), and the card tests read the real pages through them. Each step
// is the build's own — the glob loader's pattern and entry ids (content-path.ts), Astro's
// frontmatter parser, the article schema, the lede's plain text — so the records equal the ones
// content/collections.ts makes from getCollection, except for what the file walk cannot give:
// photos have no image (the build's is Astro's ImageMetadata; cards and card tests draw no photo),
// and the lede is not rendered to HTML.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { ARTICLE_GLOB, entryIdFromPath, parseContentPath } from './content-path';
import { makeArticleSchema } from './content-schema';
import { markdownBody } from './markdown-body';
import { markdownText } from '../markdown/plain-text';
import { langOfFile } from '../markdown/processor';
import type { ArticleRecord } from '../model/site-model';

/** `image()` gives ImageMetadata in the build; the file walk reads the path (as `npm run check` does) and drops it. */
const articleSchema = makeArticleSchema(z.string());

/**
 * Every article edition under `dir` that passes the schema, sorted by path. Files that fail it are
 * left out: the content check has already stopped the build for them.
 * @example readArticleFiles('content').map((a) => `${a.article}/${a.locale}`) // ['jiangjin-theme-education-2024/en', …]
 */
export function readArticleFiles(dir: string, locales?: readonly { code: string; lang: string }[]): ArticleRecord[] {
  return globSync(ARTICLE_GLOB, { cwd: dir }).sort().flatMap((path) => {
    const file = join(dir, path);
    const text = readFileSync(file, 'utf8');
    const { frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    // The body as the build's records have it (collections.ts reads it the same way).
    const content = markdownBody(text);
    const parsed = articleSchema.safeParse(frontmatter);
    if (!parsed.success) return [];
    return [{
      ...parsed.data,
      photos: parsed.data.photos.map(({ image: _path, ...photo }) => photo),
      article: parseContentPath(entryIdFromPath(path)).article,
      ledeHtml: '',
      ledeText: markdownText(content, langOfFile(file, locales)),
      ledeMarkdown: content,
    }];
  });
}
