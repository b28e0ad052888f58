// Every card of a build drawn at once: cached cards are read back, the others are queued on
// the worker pool together, so all cores draw while Astro asks for the cards one by one.
import { cachedCard } from './card-cache';
import { loadCardFonts } from './card-font';
import { createCardPool, shareFonts } from './card-pool';
import { layoutCard } from './card-layout';
import { cardsText, type PageCard } from './page-cards';

/**
 * Starts drawing `cards` and returns each card's PNG by path. One font subset serves them all;
 * the pool is started only if a card is missing from the cache, and closed when all are done.
 * `markSvg` is the site icon (src/assets/icon.svg).
 */
export function drawCards(cards: PageCard[], markSvg: string): Map<string, Promise<Buffer>> {
  const fontText = cardsText(cards);
  let pool: ReturnType<typeof createCardPool> | undefined;
  let fonts: ReturnType<typeof loadSharedFonts> | undefined;
  const loadSharedFonts = async () => shareFonts(await loadCardFonts(fontText), fontText);
  const pngs = new Map(cards.map((card) => [card.path, cachedCard(card.content, async () => {
    pool ??= createCardPool();
    fonts ??= loadSharedFonts();
    return await pool.draw(layoutCard(card.content, markSvg), await fonts);
  })]));
  void Promise.allSettled(pngs.values()).then(() => pool?.close());
  return pngs;
}
