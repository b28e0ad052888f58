// One share card (1200×630 PNG) per page and per highlight, at the path `cardPath` gives.
import type { APIRoute, GetStaticPaths } from 'astro';
import markSvg from '@/assets/icon.svg?raw';
import { getStrings } from '@/i18n';
import { loadSite } from '@/lib/collections';
import { layoutCard, type CardContent } from '@/lib/share-card/card-layout';
import { loadCardFonts } from '@/lib/share-card/card-font';
import { cachedCard } from '@/lib/share-card/card-cache';
import { listPageCards, pageCardsText } from '@/lib/share-card/page-cards';
import { renderCardPng } from '@/lib/share-card/render-card';
import { SITE } from '@/site.config';

export const getStaticPaths = (async () => {
  const { pages } = await loadSite();
  // An alias page (root article at /<id>/) shares its canonical page's cards.
  const cards = pages.filter((page) => !page.isAlias)
    .flatMap((page) => listPageCards(page, getStrings(page.locale.code), SITE.timeZone));
  // One font subset for the whole site: subsetting is slow and Chinese text reuses a few
  // thousand characters at most, so per-page subsets cost far more than one larger one.
  const fontText = pageCardsText(cards);
  return cards.map((card) => ({
    params: { card: card.path.replace(/^cards\//, '').replace(/\.png$/, '') },
    props: { content: card.content, fontText },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { content, fontText } = props as { content: CardContent; fontText: string };
  const png = await cachedCard(content, async () => renderCardPng(layoutCard(content, markSvg), await loadCardFonts(fontText)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
