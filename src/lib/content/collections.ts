// The only module that queries Astro's content collections. Everything downstream takes the
// plain records it returns, so it can be tested without Astro.
import { getCollection } from 'astro:content';
import { SITE } from '@/site.config';
import { runMessage } from '@/lib/messages/config-messages';
import { formatMarked } from '@/lib/messages/format-message';
import { highlightFileName, parseContentPath } from './content-path';
import { readMarkdownBodies } from './markdown-body';
import { markdownText } from '../markdown/plain-text';
import { createMarkdown } from '../markdown/create-markdown';
import { langOfFile } from '../markdown/processor';
import type { RenderEnv } from '../markdown/render-env';
import { addEditions, forgetConverters, makeConverter } from '../zh/derived-locale';
import { cachedConversions } from '../zh/conversion-cache';
import { buildPages, type ArticleRecord, type HighlightRecord } from '../model/site-model';
import { collectFullHeap } from '../memory/full-collection';

/** Every page of the site and the highlights shown untranslated. */
export type SiteModel = ReturnType<typeof buildPages>;

let cached: SiteModel | undefined;

/** Reads every article and highlight once per build and builds all pages. */
export async function loadSite(): Promise<SiteModel> {
  if (cached) return cached;
  // Astro's content sync and bundling leave ~230 MB of garbage at 1,000 articles, which V8 would
  // keep beside the ~150 MB this function builds: a 1,000-article build peaked here (measured).
  collectFullHeap();
  const articleEntries = await getCollection('articles');
  const highlightEntries = await getCollection('highlights');
  // The store holds neither the Markdown source nor its HTML (see markdown-body.ts and
  // markdown/processor.ts): the bodies are read from the files and rendered here, once a build.
  const bodies = await readMarkdownBodies([...articleEntries, ...highlightEntries].map((e) => e.filePath));
  const bodyOf = (e: { filePath?: string }) => (e.filePath === undefined ? '' : bodies.get(e.filePath) ?? '');
  const md = createMarkdown();
  const htmlOf = (e: { filePath?: string }) => md.render(bodyOf(e), { lang: langOfFile(e.filePath) } satisfies RenderEnv);
  let articles: ArticleRecord[] = articleEntries.map((e) => ({
    ...e.data,
    article: parseContentPath(e.id).article,
    ledeHtml: htmlOf(e),
    ledeText: markdownText(bodyOf(e), langOfFile(e.filePath)),
    ledeMarkdown: bodyOf(e),
  }));
  let highlights: HighlightRecord[] = highlightEntries.map((e) => {
    const { article, locale } = parseContentPath(e.id);
    return { ...e.data, article, locale, html: htmlOf(e), bodyMarkdown: bodyOf(e) };
  });
  // OpenCC through a cache kept between builds: unchanged text is not converted again (issue 12).
  const conversions = cachedConversions(makeConverter);
  ({ articles, highlights } = addEditions({ articles, highlights }, SITE.locales, SITE.defaultLocale, conversions.makeConverter));
  conversions.save();
  forgetConverters();
  // Rendering and converting every body left ~250 MB of garbage (markdown-it's tokens, OpenCC's
  // work): collected before Astro renders the pages beside the model.
  collectFullHeap();
  cached = buildPages(articles, highlights, SITE.locales, { defaultLocale: SITE.defaultLocale, rootArticle: SITE.rootArticle });
  for (const m of cached.missing) {
    const where = { file: `${SITE.contentDir}/${m.article}/${m.locale}/${highlightFileName(m.number)}` };
    console.warn(formatMarked(runMessage('highlight-untranslated', where, { number: m.number, locale: m.locale })));
  }
  return cached;
}
