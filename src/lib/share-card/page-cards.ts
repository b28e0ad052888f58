// One share card per page and locale: the article card that the page's og:image names. A
// fragment (#highlight-05) cannot carry an og:image of its own, so a card per highlight would be
// a file nothing links to (issue 12).
import { getStrings } from '@/i18n';
import type { UiStrings } from '@/i18n/ui-strings';
import { formatDate } from '@/lib/content/dates';
import type { ArticlePage } from '@/lib/model/site-model';
import type { CardContent } from './card-layout';

/** One card to generate: where it goes and what it says. */
export interface PageCard {
  /** Path below the base path, from `cardPath`: `cards/en/jiangjin.png`. */
  path: string;
  content: CardContent;
}

/** What a page's card says: headline, source line and date, in the page's language. */
export function describeCard(page: ArticlePage, strings: UiStrings, timeZone: string): CardContent {
  return {
    lang: page.locale.lang,
    title: page.meta.headline,
    source: strings.sourceLabel(page.meta.source),
    date: formatDate(page.meta.published, strings.dateLocale, { dateStyle: 'long' }, timeZone),
  };
}

/**
 * The card of one page, at the path its og:image names.
 * @example pageCard(page, strings, 'Asia/Shanghai').path // 'cards/en/jiangjin.png'
 */
export function pageCard(page: ArticlePage, strings: UiStrings, timeZone: string): PageCard {
  return { path: page.cardPath, content: describeCard(page, strings, timeZone) };
}

/** The cards of a site: one per canonical page (an alias page names its canonical page's card). */
export function siteCards(pages: ArticlePage[], timeZone: string): PageCard[] {
  return pages.filter((page) => !page.isAlias).map((page) => pageCard(page, getStrings(page.locale.code), timeZone));
}
