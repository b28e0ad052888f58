// The build's share cards: drawing starts in `astro:config:setup`, on worker threads, while Astro
// checks and syncs content, generates types and bundles — mostly one busy core — and goes on
// while Astro renders the pages (the card route hands the pages' cards over, see
// src/pages/cards/[...card].png.ts); `astro:build:done` writes them into the output (issue 12).
// Only in `astro build`: the dev server draws a card when a browser asks for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { areCardsCached, markCardsCached } from '@/lib/share-card/card-cache';
import { beginCardBuild, drawAhead, writeCards } from '@/lib/share-card/card-pool';
import { cardsFromFiles, earlyCardInputs } from '@/lib/share-card/early-cards';
import { SITE } from '@/site.config';

/** Astro integration: draws missing share cards from `astro:config:setup` on, writes the pages' cards in `astro:build:done`. */
export default function shareCards(): AstroIntegration {
  /** What this build's cards are made of (`earlyCardInputs`), once known. */
  let inputs: string | undefined;
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        beginCardBuild();
        let cards;
        try {
          inputs = earlyCardInputs(SITE);
          // The last build wrote every card of these inputs: nothing to draw ahead.
          if (areCardsCached(inputs)) return;
          cards = cardsFromFiles(SITE);
        } catch {
          // Content the page model refuses stops the build with its own message later; drawing
          // ahead is only a head start, so it steps aside.
          return;
        }
        const drawing = drawAhead(cards, readFileSync(join(process.cwd(), 'src/assets/icon.svg'), 'utf8'));
        if (drawing > 0) logger.info(`drawing ${drawing} of ${cards.length} share cards ahead`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`${await writeCards(fileURLToPath(dir))} share cards written`);
        if (inputs !== undefined) await markCardsCached(inputs);
      },
    },
  };
}
