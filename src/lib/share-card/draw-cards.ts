// Every card of a build drawn at once: cached cards are read back, the others are queued on
// the worker pool together, so all cores draw while Astro asks for the cards one by one.
import { cachedCard } from './card-cache';
import { createCardPool } from './card-pool';
import { layoutCard } from './card-layout';
import type { PageCard } from './page-cards';

/**
 * Starts drawing `cards` and returns each card's PNG by path. The pool is started only if a card
 * is missing from the cache, and closed when all are done. `markSvg` is the site icon
 * (src/assets/icon.svg).
 */
export function drawCards(cards: PageCard[], markSvg: string): Map<string, Promise<Buffer>> {
  let pool: ReturnType<typeof createCardPool> | undefined;
  const pngs = new Map(cards.map((card) => [card.path, cachedCard(card.content, async () => {
    pool ??= createCardPool();
    return await pool.draw(layoutCard(card.content, markSvg));
  })]));
  void Promise.allSettled(pngs.values()).then(() => pool?.close());
  return pngs;
}
