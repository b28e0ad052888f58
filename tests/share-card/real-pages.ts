// The real pages of content/ as the build's page models, read without Astro (getCollection is
// empty inside vitest). Each step is the project's own: the articles as the build's share cards
// read them ahead (content/read-articles.ts), the highlights through the glob loader's patterns
// and entry ids (content.config.ts, content-path.ts), Astro's frontmatter parser, the content
// schemas, the markdown-it renderer of markdown/processor.ts, the records of
// content/collections.ts, the converted editions of zh/derived-locale.ts and buildPages. Only the
// file walk is Node's globSync.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { HIGHLIGHT_GLOB, entryIdFromPath, parseContentPath } from '@/lib/content/content-path';
import { highlightSchema } from '@/lib/content/content-schema';
import { readArticleFiles } from '@/lib/content/read-articles';
import { createMarkdown } from '@/lib/markdown/create-markdown';
import { langOfFile } from '@/lib/markdown/processor';
import { buildPages, type ArticlePage, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import { addEditions, makeConverter } from '@/lib/zh/derived-locale';
import { SITE, type SiteConfig } from '@/site.config';
import { ROOT } from '../support';

/** One entry as getCollection gives it: id, validated data and the rendered body. */
function readEntries<S extends z.ZodType>(dir: string, pattern: string, schema: S, locales: SiteConfig['locales']) {
  const md = createMarkdown();
  return globSync(pattern, { cwd: dir }).sort().map((path) => {
    const file = join(dir, path);
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const lang = langOfFile(pathToFileURL(file), locales);
    return { id: entryIdFromPath(path), data: schema.parse(frontmatter) as z.output<S>, html: md.render(content, { lang }), markdown: content, lang };
  });
}

/** Every page of the site built from `dir` (the project's content/ folder by default) with `site`'s locales and root article. */
export function loadRealPages(dir = join(ROOT, SITE.contentDir), site: Pick<SiteConfig, 'locales' | 'defaultLocale' | 'rootArticle'> = SITE): ArticlePage[] {
  // The same records as loadSite() in src/lib/content/collections.ts.
  const articles: ArticleRecord[] = readArticleFiles(dir, site.locales).map((a) => ({ ...a, ledeHtml: markdownHtml(join(dir, a.article, a.locale, 'index.md'), site.locales) }));
  const highlights: HighlightRecord[] = readEntries(dir, HIGHLIGHT_GLOB, highlightSchema, site.locales).map((e) => ({
    ...e.data, article: parseContentPath(e.id).article, locale: parseContentPath(e.id).locale, html: e.html, bodyMarkdown: e.markdown,
  }));
  const editions = addEditions({ articles, highlights }, site.locales, site.defaultLocale, makeConverter);
  return buildPages(editions.articles, editions.highlights, site.locales, { defaultLocale: site.defaultLocale, rootArticle: site.rootArticle }).pages;
}

/** A Markdown file's body as the build renders it. */
function markdownHtml(file: string, locales: SiteConfig['locales']): string {
  const { content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  return createMarkdown().render(content, { lang: langOfFile(pathToFileURL(file), locales) });
}
