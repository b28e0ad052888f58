// What a route hands every component of its page through `Astro.locals` (typed in src/env.d.ts),
// as Starlight does with its route data: components take no `page`/`strings` props and read no
// global config. Built once per page, so the dictionary is looked up once.
import { getStrings, type UiStrings } from '@/i18n';
import type { SiteConfig } from '@/site.config';
import { withDisplayPunctuation } from '../zh/display-punctuation';
import type { ArticlePage } from './site-model';

/** The site settings a page's markup needs (URLs, the time zone dates are shown in). */
export type PageSite = Pick<SiteConfig, 'siteUrl' | 'basePath' | 'defaultLocale' | 'timeZone' | 'locales'>;

/** Everything a page's components read. */
export interface PageContext {
  /** The page as the model built it: texts as written (head metadata, JSON-LD). */
  page: ArticlePage;
  /** The page as the reader sees it: Chinese texts with display punctuation (src/lib/zh/display-punctuation.ts). */
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
