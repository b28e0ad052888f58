// What a route hands every component of its page through `Astro.locals` (typed in src/env.d.ts),
// as Starlight does with its route data: components take no `page`/`strings` props and read no
// global config. Built once per page, so the dictionary is looked up once.
// It also holds the shown page (`withDisplayPunctuation`): the context is the one place that
// builds it, and the frontmatter texts a Chinese page shows get the same display-only
// punctuation mapping the Markdown bodies get (src/lib/markdown/cjk-full-width-punctuation.ts).
// The content files are never changed.
import { getStrings, type UiStrings } from '@/i18n';
import type { SiteConfig } from '@/site.config';
import { fullWidthPunctuation, isChineseLang } from '../zh/cjk-punctuation';
import type { Credit } from '../content/content-schema';
import { describeArticle } from './shown-text';
import type { ArticlePage, HighlightView } from './site-model';

type Convert = (text: string) => string;
const maybe = (text: string | undefined, convert: Convert) => (text === undefined ? undefined : convert(text));

function highlightShown(h: HighlightView, convert: Convert): HighlightView {
  return {
    ...h,
    title: convert(h.title),
    heading: convert(h.heading),
    summary: maybe(h.summary, convert),
    figures: h.figures.map((f) => ({ ...f, unit: convert(f.unit), label: convert(f.label), shown: { ...f.shown, unit: convert(f.shown.unit) } })),
  };
}

/**
 * The page as shown: on Chinese pages (and for Chinese highlights shown on another page as a
 * fallback) half-width `, : ; ? ! ( )` next to Han characters become full-width. `enabled` is
 * the site config's `fullWidthPunctuation`; when false the page is returned as is.
 *
 * @example withDisplayPunctuation(page, true).meta.source // '江津融媒体中心'
 */
export function withDisplayPunctuation(page: ArticlePage, enabled: boolean): ArticlePage {
  if (!enabled) return page;
  const pageConvert: Convert = isChineseLang(page.locale.lang) ? fullWidthPunctuation : (t) => t;
  const { meta } = page;
  const credit = (c: Credit): Credit => ({ ...c, role: pageConvert(c.role), name: pageConvert(c.name), statement: maybe(c.statement, pageConvert) });
  const shownMeta = {
    ...meta,
    headline: pageConvert(meta.headline),
    kicker: maybe(meta.kicker, pageConvert),
    source: pageConvert(meta.source),
    description: maybe(meta.description, pageConvert),
    photos: meta.photos.map((p) => ({ ...p, caption: pageConvert(p.caption), credit: pageConvert(p.credit), alt: maybe(p.alt, pageConvert) })),
    credits: meta.credits.map(credit),
  };
  return {
    ...page,
    meta: shownMeta,
    // From the shown meta: an own description is widened; a cut lede keeps `ledeText` as written.
    description: describeArticle(shownMeta),
    byline: page.byline.map(credit),
    translators: page.translators.map(pageConvert),
    highlights: page.highlights.map((h) => (isChineseLang(h.lang) ? highlightShown(h, fullWidthPunctuation) : h)),
    others: page.others.map((o) => ({ ...o, headline: pageConvert(o.headline) })),
  };
}

/** The site settings a page's markup needs (URLs, the time zone dates are shown in). */
export type PageSite = Pick<SiteConfig, 'siteUrl' | 'basePath' | 'defaultLocale' | 'timeZone' | 'locales'>;

/** Everything a page's components read. */
export interface PageContext {
  /** The page as the model built it: texts as written (head metadata, JSON-LD). */
  page: ArticlePage;
  /** The page as the reader sees it: Chinese texts with display punctuation (`withDisplayPunctuation` above). */
  shown: ArticlePage;
  /** The page locale's dictionary. */
  strings: UiStrings;
  site: PageSite;
}

/**
 * The context of one article page.
 * @example articlePageContext(page, SITE).strings.indexHeading // '目录'
 */
export function articlePageContext(page: ArticlePage, site: PageSite & Pick<SiteConfig, 'fullWidthPunctuation'>): PageContext {
  return {
    page,
    shown: withDisplayPunctuation(page, site.fullWidthPunctuation),
    strings: getStrings(page.locale.code),
    site: { siteUrl: site.siteUrl, basePath: site.basePath, defaultLocale: site.defaultLocale, timeZone: site.timeZone, locales: site.locales },
  };
}
