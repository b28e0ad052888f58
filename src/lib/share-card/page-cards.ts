import type { UiStrings } from '@/i18n/ui-strings';
import { formatDate } from '@/lib/dates';
import { describeArticle } from '@/lib/page-text';
import { cardPath } from '@/lib/routes';
import type { ArticlePage, HighlightView } from '@/lib/site-model';
import { cardText, type CardContent } from './card-layout';

/** One card to generate: where it goes and what it says. */
export interface PageCard {
  /** Path below the base path, from `cardPath`: `cards/en/highlight-05.png`. */
  path: string;
  content: CardContent;
}

/** What a card says for the article (no highlight) or for one of its highlights. */
export function describeCard(page: ArticlePage, strings: UiStrings, timeZone: string, highlight?: HighlightView): CardContent {
  const common = {
    lang: page.locale.lang,
    source: strings.sourceLabel(page.meta.source),
    date: formatDate(page.meta.published, strings.dateLocale, { dateStyle: 'long' }, timeZone),
  };
  if (!highlight) return { ...common, title: page.meta.headline, summary: describeArticle(page.meta) };
  return {
    ...common,
    // An untranslated highlight shows its title in the source language: draw it with that font.
    lang: highlight.lang,
    kicker: highlight.label, title: highlight.title, context: page.meta.headline,
  };
}

/**
 * Every card of one page: the article card first, then one per highlight.
 * @example listPageCards(page, strings, 'Asia/Shanghai').map((c) => c.path) // ['cards/en/index.png', 'cards/en/highlight-01.png', …]
 */
export function listPageCards(page: ArticlePage, strings: UiStrings, timeZone: string): PageCard[] {
  return [undefined, ...page.highlights].map((h) => ({
    path: cardPath(page.path, h?.anchor),
    content: describeCard(page, strings, timeZone, h),
  }));
}

/**
 * All characters drawn on a page's cards. The cards of one page share one font subset made from
 * this text: one subsetting pass per page instead of one per card keeps the build fast.
 */
export function pageCardsText(cards: PageCard[]): string {
  return cards.map((c) => cardText(c.content)).join('');
}
