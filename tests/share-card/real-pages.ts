// The real pages of content/ as plain page models, read without Astro (getCollection is empty
// inside vitest): frontmatter parsed with `yaml`, Traditional Chinese derived with OpenCC exactly
// as src/lib/content/collections.ts does, pages built by the same buildPages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { addDerivedLocales } from '@/lib/zh/derived-locale';
import { buildPages, type ArticlePage, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import { markdownText } from '@/lib/markdown/plain-text';
import { SITE } from '@/site.config';
import { ROOT } from '../support';

function readEntry(file: string): { data: Record<string, unknown>; body: string } {
  const [, front = '', body = ''] = readFileSync(file, 'utf8').split(/^---\s*$/m);
  return { data: parse(front) as Record<string, unknown>, body: body.trim() };
}

/** Every page of the site built from the project's content/ folder. */
export function loadRealPages(): ArticlePage[] {
  const contentDir = join(ROOT, 'content');
  let articles: ArticleRecord[] = [];
  let highlights: HighlightRecord[] = [];
  for (const article of readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const locale of readdirSync(join(contentDir, article))) {
      for (const file of readdirSync(join(contentDir, article, locale)).filter((f) => f.endsWith('.md'))) {
        const { data, body } = readEntry(join(contentDir, article, locale, file));
        if (file === 'index.md') {
          articles.push({
            ...(data as unknown as ArticleRecord), article, locale, photos: [], credits: [],
            published: new Date(String(data.published)), ledeHtml: body, ledeText: markdownText(body), ledeMarkdown: body,
          });
        } else {
          highlights.push({ ...(data as unknown as HighlightRecord), article, locale, figures: [], html: body, bodyMarkdown: body });
        }
      }
    }
  }
  ({ articles, highlights } = addDerivedLocales({ articles, highlights }, SITE.locales, OpenCC.Converter));
  return buildPages(articles, highlights, SITE.locales, { defaultLocale: SITE.defaultLocale }).pages;
}
