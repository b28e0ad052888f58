import type { ArticleData, Credit, Figure, HighlightData } from '../content/content-schema';
import type { LocaleConfig } from '@/site.config';
import { getStrings, type UiStrings } from '@/i18n';
import { cardPath, highlightAnchor, pagePath, type RouteContext } from './routes';
import { DEFAULT_SECTION_LABEL, formatSectionLabel } from './section-label';
import { describeArticle, figureShown, type FigureShown } from './shown-text';
import { configError } from '@/lib/messages/config-messages';

/** Article metadata of one locale: `index.md`'s frontmatter as the schema outputs it, plus what the loader adds. */
export type ArticleRecord = ArticleData & {
  /** The article's folder name. */
  article: string;
  /** Set on an edition converted by machine: the locale it was converted from. */
  convertedFrom?: string;
  /** Rendered lede (the body of `index.md`). */
  ledeHtml: string;
  /** The lede as plain text, from the same Markdown (src/lib/markdown/plain-text.ts): descriptions. */
  ledeText: string;
  /** The lede's Markdown, rendered again for feeds (src/lib/render/feed.ts). */
  ledeMarkdown: string;
};

/** One highlight of one locale: `NN.md`'s frontmatter as the schema outputs it, plus what the loader adds. */
export type HighlightRecord = HighlightData & {
  article: string;
  locale: string;
  /** Rendered body. */
  html: string;
  /** The body's Markdown, rendered again for feeds (src/lib/render/feed.ts). */
  bodyMarkdown: string;
};

/** A key figure with its texts as the page's locale prints them. */
export type FigureView = Figure & { shown: FigureShown };

/** A highlight as shown on a page; `lang` differs from the page's when it falls back. */
export interface HighlightView extends Omit<HighlightRecord, 'figures'> {
  anchor: string;
  /** The section's label in the page's locale, computed once for page, index, cards and feeds: 亮点五, Highlight 5. */
  label: string;
  /** Label, the locale's separator and title in one line, for feeds and cards: 亮点五：积极践行…. */
  heading: string;
  /** False when the page's locale has no translation and the source text is shown. */
  translated: boolean;
  /** BCP 47 tag of the text shown. */
  lang: string;
  /** `lang` where it differs from the page's (a fallback), for a `lang` attribute; else undefined. */
  foreignLang: string | undefined;
  figures: FigureView[];
}

/** This article in one locale, for the language switcher and hreflang links. */
export interface Alternate {
  locale: string;
  lang: string;
  ogLocale: string;
  path: string;
  /** The locale's name in itself (简体中文, English) and its short form for phones (简, EN). */
  languageName: string;
  languageShortName: string;
}

/** Everything one page needs, in plain data. */
export interface ArticlePage {
  article: string;
  locale: LocaleConfig;
  /** Path below the base path: '' | 'en/' | 'other-article/' … */
  path: string;
  /** The path search engines should index: the same as `path` except on an alias. */
  canonicalPath: string;
  /** Path of the page's share card, its og:image (`cardPath`): the same on the root page and its alias. */
  cardPath: string;
  /**
   * True on the copy of the root article served at `/<article-id>/` as well as at `/`: every
   * article keeps that URL for good, so choosing another root article later breaks no link.
   */
  isAlias: boolean;
  isRoot: boolean;
  meta: ArticleRecord;
  /**
   * `describeArticle(meta)`, computed once: the share card's and the feed entry's text. The shown
   * page's (src/lib/model/page-context.ts) goes in the head tags.
   */
  description: string;
  /** The article's source locale: the edition written by people that translations follow. */
  sourceLocale: string;
  highlights: HighlightView[];
  /** This article in every locale that has it (this one included). */
  alternates: Alternate[];
  /**
   * Credits printed as a byline under the headline (本报记者 张三): authors and photographers
   * without a `statement`; one with a statement (本版文字由通讯员王豪提供) is printed in the closing
   * block only, as the source does.
   */
  byline: Credit[];
  /** Names of the `translator` credits: a translated edition names them up front. */
  translators: string[];
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
      throw configError('root-article-missing', { file: 'site.json', field: 'rootArticle' }, { configured, contentDir: 'content', articles: [...new Set(articles.map((a) => a.article))] });
    }
    return configured;
  }
  const own = articles.filter((a) => a.locale === defaultLocale).sort((a, b) => b.published.getTime() - a.published.getTime());
  if (!own[0]) throw configError('no-default-locale-article', { file: 'content/', field: 'folder' }, { defaultLocale, contentDir: 'content' });
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

/** The dictionary strings the model computes view fields with. */
export type ModelStrings = Pick<UiStrings, 'sectionLabelFor' | 'highlightLabelSeparator' | 'figureQualifier' | 'unitSeparator' | 'languageName' | 'languageShortName'>;

/**
 * The label template of one page: its own index.md's `sectionLabel`, else its dictionary's
 * mapping of the source's (亮点{一} when the source has none).
 */
function pageSectionLabel(meta: ArticleRecord, source: ArticleRecord | undefined, strings: Pick<ModelStrings, 'sectionLabelFor'>): string {
  return meta.sectionLabel ?? strings.sectionLabelFor(source?.sectionLabel ?? DEFAULT_SECTION_LABEL);
}

/** The highlight `shown` as it appears on a page of `locale`, with its view fields. */
function highlightView(shown: HighlightRecord, view: { label: string; translated: boolean; lang: string; pageLang: string; strings: ModelStrings }): HighlightView {
  const { label, translated, lang, pageLang, strings } = view;
  return {
    ...shown,
    anchor: highlightAnchor(shown.number),
    label,
    heading: `${label}${strings.highlightLabelSeparator}${shown.title}`,
    translated,
    lang,
    foreignLang: lang === pageLang ? undefined : lang,
    figures: shown.figures.map((f) => ({ ...f, shown: figureShown(f, strings) })),
  };
}

/**
 * The highlights of one page: its locale's own, and the source's text where a translation is
 * missing (untranslated, in the source's language). The numbers are those of both.
 */
function pageHighlights(
  own: HighlightRecord[],
  source: HighlightRecord[],
  view: { template: string; countdown: boolean; pageLang: string; langOf: (locale: string) => string; strings: ModelStrings },
): HighlightView[] {
  const ownByNumber = new Map(own.map((h) => [h.number, h]));
  // Reversed so that of two files with one number the first wins, as `find` would pick it.
  const sourceByNumber = new Map(source.map((h) => [h.number, h] as const).reverse());
  const numbers = [...new Set([...source.map((h) => h.number), ...ownByNumber.keys()])].sort((a, b) => a - b);
  return numbers.map((n) => {
    const translated = ownByNumber.get(n);
    const shown = translated ?? sourceByNumber.get(n)!;
    return highlightView(shown, {
      label: formatSectionLabel(view.template, view.countdown ? numbers.length + 1 - n : n),
      translated: Boolean(translated),
      lang: view.langOf(shown.locale),
      pageLang: view.pageLang,
      strings: view.strings,
    });
  });
}

/** Byline credits: printed as one (an author or photographer with no verbatim statement). */
function bylineOf(credits: Credit[]): Credit[] {
  return credits.filter((c) => (c.kind === 'author' || c.kind === 'photographer') && !c.statement);
}

/**
 * Builds every page of the site from plain records: one per article per locale that has its
 * `index.md`. Highlights missing from a locale fall back to the article's source text, one by
 * one, and are reported in `missing`. `stringsFor` gives a locale's dictionary (the real ones by
 * default), for labels, headings, figure texts and language names.
 */
export function buildPages(
  articles: ArticleRecord[],
  highlights: HighlightRecord[],
  locales: LocaleConfig[],
  options: { defaultLocale: string; rootArticle?: string; stringsFor?: (locale: string) => ModelStrings },
): { pages: ArticlePage[]; missing: MissingTranslation[] } {
  const stringsFor = options.stringsFor ?? getStrings;
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
  // The switcher names each locale in itself: read once per locale, not once per link of every page.
  const names = new Map(locales.map((l) => {
    const { languageName, languageShortName } = stringsFor(l.code);
    return [l.code, { languageName, languageShortName }];
  }));

  const pages: ArticlePage[] = [];
  for (const locale of locales) {
    const strings = stringsFor(locale.code);
    const mine = articles.filter((a) => a.locale === locale.code)
      .sort((a, b) => b.published.getTime() - a.published.getTime());
    for (const meta of mine) {
      const sourceLocale = sourceLocales.get(meta.article)!;
      const source = byKey(meta.article, sourceLocale);
      const sourceRecord = recordOf.get(key(meta.article, sourceLocale));
      const template = pageSectionLabel(meta, sourceRecord, strings);
      const views = pageHighlights(byKey(meta.article, locale.code), source, {
        template, countdown: sourceRecord?.countdown === true, pageLang: locale.lang, strings,
        langOf: (code) => (langOf.get(code) ?? locale).lang,
      });
      for (const h of views) if (!h.translated) missing.push({ article: meta.article, locale: locale.code, number: h.number });
      const alternates = locales
        .filter((l) => recordOf.has(key(meta.article, l.code)))
        .map((l) => ({ locale: l.code, lang: l.lang, ogLocale: l.ogLocale, path: pagePath(meta.article, l.code, routes), ...names.get(l.code)! }));
      const isRoot = meta.article === rootArticle;
      const path = pagePath(meta.article, locale.code, routes);
      const page: ArticlePage = {
        article: meta.article,
        locale,
        path,
        canonicalPath: path,
        cardPath: cardPath(meta.article, locale.code, routes),
        isAlias: false,
        isRoot,
        meta,
        description: describeArticle(meta),
        sourceLocale,
        highlights: views,
        alternates,
        byline: bylineOf(meta.credits),
        translators: meta.credits.filter((c) => c.kind === 'translator').map((c) => c.name),
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
  return { pages, missing };
}

/**
 * The front page of a locale: its root-article page, else its newest article; undefined when the
 * locale has no page. The 404 page, the feeds and the web manifest link here.
 * @example homePageOf(pages, 'en')?.path // 'en/'
 */
export function homePageOf(pages: ArticlePage[], locale: string): ArticlePage | undefined {
  let newest: ArticlePage | undefined;
  for (const p of pages) {
    if (p.locale.code !== locale || p.isAlias) continue;
    if (p.isRoot) return p;
    newest ??= p;
  }
  return newest;
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
