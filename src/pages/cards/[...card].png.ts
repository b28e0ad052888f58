// One share card (1200×630 PNG) per canonical page and locale, at the path `cardPath` gives: the
// page's og:image. An alias page (root article at /<id>/) names its canonical page's card.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import markSvg from '@/assets/icon.svg?raw';
import { loadSite } from '@/lib/content/collections';
import { cardKey } from '@/lib/share-card/card-cache';
import { drawCards } from '@/lib/share-card/card-pool';
import { siteCards as cardsOf } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';

async function siteCards() {
  const { pages } = await loadSite();
  return cardsOf(pages, SITE.timeZone);
}

export const getStaticPaths = (async () => (await siteCards()).map((card) => ({
  params: { card: card.path.replace(/^cards\//, '').replace(/\.png$/, '') },
  props: { path: card.path },
  // An unchanged card is copied from the last build (experimental.incrementalBuild).
  cacheKey: cardKey(card.content),
}))) satisfies GetStaticPaths;

// In a build the first card asked for starts drawing them all (see drawCards) and later ones wait
// for theirs; under `astro dev` a request draws its own card only.
let drawing: Promise<Map<string, Promise<Buffer>>> | undefined;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { path } = props;
  const pngs = import.meta.env.DEV
    ? drawCards((await siteCards()).filter((card) => card.path === path), markSvg)
    : await (drawing ??= siteCards().then((cards) => drawCards(cards, markSvg)));
  const png = await pngs.get(path)!;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
