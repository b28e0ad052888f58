import type { Credit, Figure } from '../content/content-schema';
import type { LocaleConfig } from '@/site.config';
import { getStrings, type UiStrings } from '@/i18n';
import { highlightAnchor, pagePath, type RouteContext } from './routes';
import { DEFAULT_SECTION_LABEL, formatSectionLabel } from './section-label';

/** Article metadata of one locale, as read from `index.md` (dates already parsed). */
export interface ArticleRecord {
  article: string;
  locale: string;
  headline: string;
  /** Column or series printed above the headline (专题), when the newsroom gives one. */
  kicker?: string;
  source: string;
  published: Date;
  modified?: Date;
  description?: string;
  photos: { caption: string; credit: string; image?: unknown; alt?: string }[];
  credits: Credit[];
  /** How the source labels its sections (亮点{一}, 第{一}, Highlight {1}); see section-label.ts. */
  sectionLabel?: string;
  /** The source counts down: labels run N … 1 while files and anchors run 1 … N. */
  countdown?: boolean;
  /** Set on an edition converted by machine: the locale it was converted from. */
  convertedFrom?: string;
  /** Rendered lede (the body of `index.md`). */
  ledeHtml: string;
  /** The lede as plain text, from the same Markdown (src/lib/markdown/plain-text.ts): descriptions. */
  ledeText: string;
  /** The lede's Markdown, rendered again for feeds (src/lib/render/feed.ts). */
  ledeMarkdown: string;
}

/** One highlight of one locale, as read from `NN.md`. */
export interface HighlightRecord {
  article: string;
  locale: string;
  number: number;
  title: string;
  summary?: string;
  figures: Figure[];
  /** Rendered body. */
  html: string;
  /** The body's Markdown, rendered again for feeds (src/lib/render/feed.ts). */
  bodyMarkdown: string;
}

/** A highlight as shown on a page; `lang` differs from the page's when it falls back. */
export interface HighlightView extends HighlightRecord {
  anchor: string;
  /** The section's label in the page's locale, computed once for page, index, cards and feeds: 亮点五, Highlight 5. */
  label: string;
  /** False when the page's locale has no translation and the source text is shown. */
  translated: boolean;
  /** BCP 47 tag of the text shown. */
  lang: string;
}

export interface Alternate {
  locale: string;
  lang: string;
  ogLocale: string;
  path: string;
  languageName?: string;
}

/** Everything one page needs, in plain data. */
export interface ArticlePage {
  article: string;
  locale: LocaleConfig;
  /** Path below the base path: '' | 'en/' | 'other-article/' … */
  path: string;
  /** The path search engines should index: the same as `path` except on an alias. */
  canonicalPath: string;
  /**
   * True on the copy of the root article served at `/<article-id>/` as well as at `/`: every
   * article keeps that URL for good, so choosing another root article later breaks no link.
   */
  isAlias: boolean;
  isRoot: boolean;
  meta: ArticleRecord;
  /** The article's source locale: the edition written by people that translations follow. */
  sourceLocale: string;
  highlights: HighlightView[];
  /** This article in every locale that has it (this one included). */
  alternates: Alternate[];
  /**
   * Other articles in this locale, newest first (listed on the root article); on the default
   * locale's root also those with no edition in it, under their own language (`lang`).
   */
  others: { article: string; headline: string; path: string; published: Date; lang?: string }[];
}

/** Newest article of the default locale, or the configured one. */
export function pickRootArticle(articles: ArticleRecord[], defaultLocale: string, configured?: string): string {
  if (configured) {
    if (!articles.some((a) => a.article === configured)) {
      throw new Error(`Site config rootArticle "${configured}" does not exist under content/. Use one of: ${[...new Set(articles.map((a) => a.article))].join(', ')}.`);
    }
    return configured;
  }
  const own = articles.filter((a) => a.locale === defaultLocale).sort((a, b) => b.published.getTime() - a.published.getTime());
  if (!own[0]) throw new Error(`No article in the default locale "${defaultLocale}": add content/<article>/${defaultLocale}/index.md.`);
  return own[0].article;
}

/** A note about a highlight shown in the source language. */
export interface MissingTranslation {
  article: string;
  locale: string;
  number: number;
}

/**
 * The source locale of an article: the locale its default edition was converted from (zh-Hant
 * for a Traditional source), else the default locale when people wrote it, else the first edition
 * in site-config order (en for an English one). Converted editions are never a source.
 * @example sourceLocaleOf('a', [{ article: 'a', locale: 'en', … }], SITE.locales, 'zh-hans') // 'en'
 */
export function sourceLocaleOf(article: string, articles: ArticleRecord[], locales: LocaleConfig[], defaultLocale: string): string {
  // A default edition converted from another locale points at the source (zh-hant of a Taiwan report with an en translation).
  const converted = articles.find((a) => a.article === article && a.locale === defaultLocale)?.convertedFrom;
  if (converted) return converted;
  const own = articles.filter((a) => a.article === article && !a.convertedFrom);
  const order = [defaultLocale, ...locales.map((l) => l.code).filter((c) => c !== defaultLocale)];
  return order.find((code) => own.some((a) => a.locale === code)) ?? own[0]?.locale ?? defaultLocale;
}

/** A locale's label template for a source template; the default reads the locale's dictionary. */
export type SectionLabelFor = (locale: string, sourceTemplate: string) => string;

const labelFromDictionary: SectionLabelFor = (locale, sourceTemplate) => getStrings(locale).sectionLabelFor(sourceTemplate);

/**
 * The label template of one page: its own index.md's `sectionLabel`, else the dictionary's
 * mapping of the source's (亮点{一} when the source has none).
 */
export function pageSectionLabel(meta: ArticleRecord, source: ArticleRecord | undefined, sectionLabelFor: SectionLabelFor): string {
  return meta.sectionLabel ?? sectionLabelFor(meta.locale, source?.sectionLabel ?? DEFAULT_SECTION_LABEL);
}

/**
 * Builds every page of the site from plain records: one per article per locale that has its
 * `index.md`. Highlights missing from a locale fall back to the article's source text, one by
 * one, and are reported in `missing`.
 */
export function buildPages(
  articles: ArticleRecord[],
  highlights: HighlightRecord[],
  locales: LocaleConfig[],
  options: { defaultLocale: string; rootArticle?: string; sectionLabelFor?: SectionLabelFor },
): { pages: ArticlePage[]; missing: MissingTranslation[]; routes: RouteContext } {
  const sectionLabelFor = options.sectionLabelFor ?? labelFromDictionary;
  const rootArticle = pickRootArticle(articles, options.defaultLocale, options.rootArticle);
  const routes: RouteContext = { rootArticle, defaultLocale: options.defaultLocale };
  const langOf = new Map(locales.map((l) => [l.code, l]));
  const missing: MissingTranslation[] = [];
  // Indexed once (issue 12): filtering every highlight and article for every page was quadratic,
  // 1.6 s of a warm build at 1,000 articles.
  const key = (article: string, locale: string) => `${article}\0${locale}`;
  const highlightsOf = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    const list = highlightsOf.get(key(h.article, h.locale));
    if (list) list.push(h);
    else highlightsOf.set(key(h.article, h.locale), [h]);
  }
  for (const list of highlightsOf.values()) list.sort((a, b) => a.number - b.number);
  const byKey = (article: string, locale: string) => highlightsOf.get(key(article, locale)) ?? [];
  /** The first record of an article in a locale, as `articles.find` would return it. */
  const recordOf = new Map<string, ArticleRecord>();
  const editionsOf = new Map<string, ArticleRecord[]>();
  for (const a of articles) {
    if (!recordOf.has(key(a.article, a.locale))) recordOf.set(key(a.article, a.locale), a);
    const list = editionsOf.get(a.article);
    if (list) list.push(a);
    else editionsOf.set(a.article, [a]);
  }
  // sourceLocaleOf only looks at the article's own editions, so it gets just those.
  const sourceLocales = new Map([...editionsOf].map(([article, editions]) =>
    [article, sourceLocaleOf(article, editions, locales, options.defaultLocale)]));

  // Articles without a default-locale edition (English-only): listed on the default root page
  // under their own language, so no article is left without a link to it.
  const elsewhere = [...editionsOf.keys()]
    .filter((article) => !recordOf.has(key(article, options.defaultLocale)))
    .map((article) => {
      const code = sourceLocales.get(article)!;
      const record = recordOf.get(key(article, code))!;
      return { article, headline: record.headline, published: record.published, path: pagePath(article, code, routes), lang: langOf.get(code)?.lang ?? code };
    });

  const pages: ArticlePage[] = [];
  for (const locale of locales) {
    const mine = articles.filter((a) => a.locale === locale.code)
      .sort((a, b) => b.published.getTime() - a.published.getTime());
    for (const meta of mine) {
      const sourceLocale = sourceLocales.get(meta.article)!;
      const source = byKey(meta.article, sourceLocale);
      const sourceRecord = recordOf.get(key(meta.article, sourceLocale));
      const template = pageSectionLabel(meta, sourceRecord, sectionLabelFor);
      const countdown = sourceRecord?.countdown === true;
      const own = new Map(byKey(meta.article, locale.code).map((h) => [h.number, h]));
      const sourceByNumber = new Map(source.map((h) => [h.number, h]).reverse() as [number, HighlightRecord][]);
      const numbers = [...new Set([...source.map((h) => h.number), ...own.keys()])].sort((a, b) => a - b);
      const views: HighlightView[] = numbers.map((n) => {
        const translated = own.get(n);
        const shown = translated ?? sourceByNumber.get(n)!;
        if (!translated) missing.push({ article: meta.article, locale: locale.code, number: n });
        return {
          ...shown,
          anchor: highlightAnchor(n),
          label: formatSectionLabel(template, countdown ? numbers.length + 1 - n : n),
          translated: Boolean(translated),
          lang: (langOf.get(shown.locale) ?? locale).lang,
        };
      });
      const alternates = locales
        .filter((l) => recordOf.has(key(meta.article, l.code)))
        .map((l) => ({ locale: l.code, lang: l.lang, ogLocale: l.ogLocale, path: pagePath(meta.article, l.code, routes) }));
      const isRoot = meta.article === rootArticle;
      const path = pagePath(meta.article, locale.code, routes);
      const page: ArticlePage = {
        article: meta.article,
        locale,
        path,
        canonicalPath: path,
        isAlias: false,
        isRoot,
        meta,
        sourceLocale,
        highlights: views,
        alternates,
        others: isRoot
          ? [
            ...mine.filter((a) => a.article !== rootArticle).map((a) => ({
              article: a.article, headline: a.headline, published: a.published,
              path: pagePath(a.article, locale.code, routes),
            })),
            ...(locale.code === options.defaultLocale ? elsewhere : []),
          ].sort((a, b) => b.published.getTime() - a.published.getTime())
          : [],
      };
      pages.push(page);
      if (isRoot) {
        const aliasPath = pagePath(meta.article, locale.code, { ...routes, rootArticle: '' });
        pages.push({ ...page, path: aliasPath, isAlias: true });
      }
    }
  }
  return { pages, missing, routes };
}

/**
 * The line saying a page was converted by machine, or '' on an edition people wrote: a zh-Hant
 * page is converted from zh-Hans for a Simplified source but written by hand for a Traditional one.
 */
export function convertedNoticeOf(page: ArticlePage, strings: Pick<UiStrings, 'convertedNotice' | 'convertedFromTraditionalNotice'>): string {
  const from = page.meta.convertedFrom;
  if (!from) return '';
  const fromLang = page.alternates.find((a) => a.locale === from)?.lang ?? '';
  return /^zh-Hant/i.test(fromLang) ? strings.convertedFromTraditionalNotice : strings.convertedNotice;
}
