// The real pages of content/ as the build's page models, read without Astro (getCollection is
// empty inside vitest). Each step is the project's own: the glob loader's patterns and entry ids
// (content.config.ts, content-path.ts), Astro's frontmatter parser, the content schemas, the
// markdown-it renderer of markdown/processor.ts, the records of content/collections.ts, the
// converted editions of zh/derived-locale.ts and buildPages. Only the file walk is Node's globSync.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { ARTICLE_GLOB, HIGHLIGHT_GLOB, entryIdFromPath, parseContentPath } from '@/lib/content/content-path';
import { highlightSchema, makeArticleSchema } from '@/lib/content/content-schema';
import { createMarkdown } from '@/lib/markdown/create-markdown';
import { langOfFile } from '@/lib/markdown/processor';
import { buildPages, type ArticlePage, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import { addEditions, makeConverter } from '@/lib/zh/derived-locale';
import { markdownText } from '@/lib/markdown/plain-text';
import { SITE } from '@/site.config';
import { ROOT } from '../support';

/** The image() helper of the article schema gives ImageMetadata in the build; a path here (as npm run check does). */
const articleSchema = makeArticleSchema(z.string());

/** One entry as getCollection gives it: id, validated data and the rendered body. */
function readEntries<S extends z.ZodType>(dir: string, pattern: string, schema: S) {
  const md = createMarkdown();
  return globSync(pattern, { cwd: dir }).sort().map((path) => {
    const file = join(dir, path);
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const lang = langOfFile(pathToFileURL(file));
    return { id: entryIdFromPath(path), data: schema.parse(frontmatter) as z.output<S>, html: md.render(content, { lang }), markdown: content, lang };
  });
}

/** Every page of the site built from `dir` (the project's content/ folder by default). */
export function loadRealPages(dir = join(ROOT, SITE.contentDir)): ArticlePage[] {
  // The same records as loadSite() in src/lib/content/collections.ts.
  const articles: ArticleRecord[] = readEntries(dir, ARTICLE_GLOB, articleSchema).map((e) => ({
    // Cards draw no photo; a path is not the ImageMetadata the build's image() gives, so it is left out.
    ...e.data, photos: e.data.photos.map(({ image: _path, ...photo }) => photo), article: parseContentPath(e.id).article,
    ledeHtml: e.html, ledeText: markdownText(e.markdown, e.lang), ledeMarkdown: e.markdown,
  }));
  const highlights: HighlightRecord[] = readEntries(dir, HIGHLIGHT_GLOB, highlightSchema).map((e) => ({
    ...e.data, article: parseContentPath(e.id).article, locale: parseContentPath(e.id).locale, html: e.html, bodyMarkdown: e.markdown,
  }));
  const editions = addEditions({ articles, highlights }, SITE.locales, SITE.defaultLocale, makeConverter);
  return buildPages(editions.articles, editions.highlights, SITE.locales, { defaultLocale: SITE.defaultLocale, rootArticle: SITE.rootArticle }).pages;
}
