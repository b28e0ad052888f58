// One share card (1200×630 PNG) per canonical page and locale, at the path `cardPath` gives: the
// page's og:image. An alias page (root article at /<id>/) names its canonical page's card.
// In a build this route renders no path: Astro would render it before the pages and wait for
// every card, one core idle. Its getStaticPaths hands the cards to the drawing pool instead
// (requireCards), they are drawn while Astro renders the pages, and the share-cards
// integration copies them from the card cache when the build is done. `astro dev` serves each
// card from GET.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import markSvg from '@/assets/icon.svg?raw';
import { loadSite } from '@/lib/content/collections';
import { drawCard, isBuildingCards, requireCards } from '@/lib/share-card/card-pool';
import { siteCards } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';

async function loadCards() {
  return siteCards((await loadSite()).pages, SITE.timeZone);
}

export const getStaticPaths = (async () => {
  const cards = await loadCards();
  if (isBuildingCards()) {
    requireCards(cards, markSvg);
    return [];
  }
  return cards.map((card) => ({
    params: { card: card.path.replace(/^cards\//, '').replace(/\.png$/, '') },
    props: { path: card.path },
  }));
}) satisfies GetStaticPaths;

/** `astro dev`: a request draws its own card. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const card = (await loadCards()).find((c) => c.path === props.path)!;
  const png = await drawCard(card, markSvg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
