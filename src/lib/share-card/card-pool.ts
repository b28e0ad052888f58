// Draws cards on worker threads, one per core: satori, resvg and sharp are CPU-bound and Astro
// renders one route at a time, so a build that has cards to draw would otherwise use one core.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { characterSet, type CardFont } from './card-font';
import { CARD_SIZE, type CardNode } from './card-layout';

// Loaded by path from the project root, like the fonts (card-font.ts): the build bundles this
// module into a chunk elsewhere, but a worker needs a file of its own.
const WORKER_FILE = join(process.cwd(), 'src/lib/share-card/card-render.mjs');

/** A font set in memory every thread can read: handed to each task without a copy. */
interface SharedFonts {
  key: string;
  fonts: (Omit<CardFont, 'data'> & { data: SharedArrayBuffer })[];
}

/** Copies a font set into shared memory, once per set. */
export function shareFonts(fonts: CardFont[], text: string): SharedFonts {
  return {
    key: characterSet(text),
    fonts: fonts.map((f) => {
      const data = new SharedArrayBuffer(f.data.length);
      new Uint8Array(data).set(f.data);
      return { ...f, data };
    }),
  };
}

/**
 * A pool that draws cards on `threads` workers. `close()` when every card is drawn: idle
 * threads would otherwise keep the build process alive.
 */
export function createCardPool(threads = availableParallelism()) {
  const pool = new Piscina({
    filename: WORKER_FILE, minThreads: 1, maxThreads: Math.max(1, threads), idleTimeout: 1000,
    // A small young generation makes V8 collect the 3 MB pixel buffers resvg hands back sooner:
    // two threads drawing 60 cards grew the process by ~180 MB instead of ~270 MB (measured).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  return {
    async draw(tree: CardNode, fonts: SharedFonts): Promise<Buffer> {
      const png = await pool.run({ tree, size: CARD_SIZE, fontKey: fonts.key, fonts: fonts.fonts }) as Uint8Array;
      return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    },
    close: () => pool.close(),
  };
}
