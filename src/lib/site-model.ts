import type { Credit, Figure } from './content-schema';
import type { LocaleConfig } from '@/site.config';
import { highlightAnchor, pagePath, type RouteContext } from './routes';

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
  /** Rendered lede (the body of `index.md`). */
  ledeHtml: string;
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
}

/** A highlight as shown on a page; `lang` differs from the page's when it falls back. */
export interface HighlightView extends HighlightRecord {
  anchor: string;
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
  highlights: HighlightView[];
  /** This article in every locale that has it (this one included). */
  alternates: Alternate[];
  /** Other articles in this locale, newest first (listed on the root article). */
  others: { article: string; headline: string; path: string; published: Date }[];
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
 * Builds every page of the site from plain records: one per article per locale that has its
 * `index.md`. Highlights missing from a locale fall back to the default locale's text, one by
 * one, and are reported in `missing`.
 */
export function buildPages(
  articles: ArticleRecord[],
  highlights: HighlightRecord[],
  locales: LocaleConfig[],
  options: { defaultLocale: string; rootArticle?: string },
): { pages: ArticlePage[]; missing: MissingTranslation[]; routes: RouteContext } {
  const rootArticle = pickRootArticle(articles, options.defaultLocale, options.rootArticle);
  const routes: RouteContext = { rootArticle, defaultLocale: options.defaultLocale };
  const langOf = new Map(locales.map((l) => [l.code, l]));
  const missing: MissingTranslation[] = [];
  const byKey = (article: string, locale: string) => highlights
    .filter((h) => h.article === article && h.locale === locale)
    .sort((a, b) => a.number - b.number);

  const pages: ArticlePage[] = [];
  for (const locale of locales) {
    const mine = articles.filter((a) => a.locale === locale.code)
      .sort((a, b) => b.published.getTime() - a.published.getTime());
    for (const meta of mine) {
      const source = byKey(meta.article, options.defaultLocale);
      const own = new Map(byKey(meta.article, locale.code).map((h) => [h.number, h]));
      const numbers = [...new Set([...source.map((h) => h.number), ...own.keys()])].sort((a, b) => a - b);
      const views: HighlightView[] = numbers.map((n) => {
        const translated = own.get(n);
        const shown = translated ?? source.find((h) => h.number === n)!;
        if (!translated) missing.push({ article: meta.article, locale: locale.code, number: n });
        return {
          ...shown,
          anchor: highlightAnchor(n),
          translated: Boolean(translated),
          lang: (langOf.get(shown.locale) ?? locale).lang,
        };
      });
      const alternates = locales
        .filter((l) => articles.some((a) => a.article === meta.article && a.locale === l.code))
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
        highlights: views,
        alternates,
        others: isRoot
          ? mine.filter((a) => a.article !== rootArticle).map((a) => ({
            article: a.article, headline: a.headline, published: a.published,
            path: pagePath(a.article, locale.code, routes),
          }))
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
