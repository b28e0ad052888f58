// Starts drawing the build's share cards as soon as the content check has passed, on worker
// threads, while Astro syncs content, generates types and bundles — mostly one busy core — so a
// cold build's cards are largely drawn by the time Astro asks for them (issue 12). Only in
// `astro build`: the dev server draws a card when a browser asks for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { drawAhead } from '@/lib/share-card/card-pool';
import { cardsFromFiles } from '@/lib/share-card/early-cards';
import { SITE } from '@/site.config';

/** Astro integration: draws missing share cards ahead of the card route in `astro:config:setup`. */
export default function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        let cards;
        try {
          cards = cardsFromFiles(SITE);
        } catch {
          // Content the page model refuses stops the build with its own message later; drawing
          // ahead is only a head start, so it steps aside.
          return;
        }
        const drawing = drawAhead(cards, readFileSync(join(process.cwd(), 'src/assets/icon.svg'), 'utf8'));
        if (drawing > 0) logger.info(`drawing ${drawing} of ${cards.length} share cards ahead`);
      },
    },
  };
}
