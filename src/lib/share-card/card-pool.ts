// Draws cards on worker threads, one per core but the one Astro works on: satori, resvg and zlib
// are CPU-bound, and Astro checks, syncs, bundles and renders on one thread, so cards drawn beside
// it come almost free on a machine with a core to spare.
// The pool and its one user live together (a build's cards queued on it in batches: cardFiles,
// drawAhead, requireCards, writeCards): when to start and close the pool is part of how it is used.
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Piscina } from 'piscina';
import { cachedCard, cachedCardFile, isCardCachedOrDrawing, placeCachedCard } from './card-cache';
import { createCardFontSet } from './card-font-set';
import { CARD_SIZE, cardText, layoutCard, type CardContent, type CardNode } from './card-layout';
import type { PageCard } from './page-cards';

// Loaded by path from the project root, like the fonts (card-font.ts): the build bundles this
// module into a chunk elsewhere, but a worker needs a file of its own.
const WORKER_FILE = join(process.cwd(), 'src/lib/share-card/card-render.mjs');

/**
 * Cards a drawing thread holds: tasks of CARDS_PER_TASK cards, TASKS_PER_THREAD at a time. A
 * finished task is answered only when the main thread's event loop comes round, and the content
 * check, content sync and the page model each keep it busy for seconds: with 8 cards in hand a
 * card thread stood idle for 15 s of a 53 s build (1,000 articles, profiled). ~5 s of drawing
 * in hand bridges those stretches. While Astro renders the pages its loop comes round every few
 * milliseconds, so a thread holds TASKS_WHILE_PAGES then: cards in one thread's hand when the
 * pages are done are cards the other cores cannot take over, and 320 of them kept a
 * 1,000-article build waiting ~3 s at its end (measured).
 */
const CARDS_PER_TASK = 40;
const TASKS_PER_THREAD = 8;
const TASKS_WHILE_PAGES = 2;

/**
 * Threads that draw cards: one core fewer than the machine has, at least one. The main thread
 * keeps a core for Astro's own work: a third busy thread on two cores left Astro waiting for its
 * file writes (a 1,000-article build), and each card thread holds ~100 MB (V8, satori, resvg's
 * images, font subsets). Once the pages are written, every core draws the cards still waiting
 * (`writeCards`); a build whose cards kept up has none left, and starts no other thread.
 */
export function cardThreads(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** A card for the pool: its element tree and every character it draws (`cardText`). */
export interface PoolCard {
  tree: CardNode;
  text: string;
}

/**
 * A pool that draws cards on up to `threads` workers; it starts a thread only when the ones it
 * has each hold TASKS_PER_THREAD tasks, so the number of tasks handed over sets the number of
 * threads. `close()` when every card is drawn: idle threads would otherwise keep the build
 * process alive.
 */
export function createCardPool(threads = availableParallelism()) {
  const pool = new Piscina({
    filename: WORKER_FILE, minThreads: 1, maxThreads: Math.max(1, threads), idleTimeout: 1000,
    concurrentTasksPerWorker: TASKS_PER_THREAD,
    // A small young generation makes V8 collect the 3 MB pixel buffers resvg hands back sooner:
    // two threads drawing 60 cards grew the process by ~180 MB instead of ~270 MB (measured).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    // An idle thread waits on the event loop rather than in Atomics.wait, which stops the thread
    // with resvg's freed images still waiting for the loop to release them (see card-render.mjs).
    atomics: 'disabled',
  });
  const fontSet = createCardFontSet();
  /** Each card's PNG, or the error that stopped it. `text` is the card's `cardText`: the characters its fonts must have. */
  async function drawMany(cards: PoolCard[]): Promise<(Buffer | Error)[]> {
    for (const card of cards) fontSet.cover(card.text);
    const fonts = fontSet.current();
    const pngs = await pool.run({ trees: cards.map((card) => card.tree), size: CARD_SIZE, fonts }) as (Uint8Array | { error: string })[];
    return pngs.map((png) => (png instanceof Uint8Array ? Buffer.from(png.buffer, png.byteOffset, png.byteLength) : new Error(png.error)));
  }
  return { cover: (text: string) => fontSet.cover(text), drawMany, close: () => pool.close() };
}

type CardPool = ReturnType<typeof createCardPool>;

/**
 * A build's drawing, shared by both copies of this module (the share-cards integration's and the
 * card route's, see card-cache.ts): one pool and the cards waiting for a thread.
 */
interface Drawing {
  pool?: CardPool;
  /** Threads drawing at once: `cardThreads()`, every core once the pages are written. */
  threads: number;
  /** Tasks a thread holds at once: TASKS_PER_THREAD, TASKS_WHILE_PAGES once the pages are being rendered. */
  tasksInHand: number;
  /** Cards not yet handed to a thread. */
  waiting: (PoolCard & { resolve: (png: Buffer) => void; reject: (error: Error) => void })[];
  /** Tasks handed to the pool and not yet answered. */
  running: number;
  /** The cache files of the cards this build's pages name, by path below the base path (set by `requireCards`). */
  needed?: Map<string, Promise<string>>;
  /** Set by the share-cards integration in `astro build` (the card route runs in dev and build alike). */
  building?: boolean;
}
const DRAWING = Symbol.for('news-microsite.card-drawing');
const drawing: Drawing = ((globalThis as typeof globalThis & { [DRAWING]?: Drawing })[DRAWING] ??= { waiting: [], running: 0, threads: cardThreads(), tasksInHand: TASKS_PER_THREAD });

function pump(): void {
  while (drawing.running < drawing.threads * drawing.tasksInHand && drawing.waiting.length > 0) {
    const batch = drawing.waiting.splice(0, CARDS_PER_TASK);
    drawing.running += 1;
    drawing.pool ??= createCardPool();
    drawing.pool.drawMany(batch)
      .then((pngs) => batch.forEach((card, i) => {
        const png = pngs[i]!;
        if (png instanceof Error) card.reject(png);
        else card.resolve(png);
      }), (error: Error) => batch.forEach((card) => card.reject(error)))
      .finally(() => {
        drawing.running -= 1;
        pump();
      });
  }
  // Idle threads would keep the build process alive.
  if (drawing.running === 0 && drawing.waiting.length === 0) void closePool();
}

/** Closes the pool once the cards on its threads are drawn; the next card starts a new one. */
async function closePool(): Promise<void> {
  const pool = drawing.pool;
  drawing.pool = undefined;
  await pool?.close();
}

function drawOnPool(content: CardContent, markSvg: string): Promise<Buffer> {
  const text = cardText(content);
  // Queued in one turn, a build's cards are covered by one font subset (card-font-set.ts).
  (drawing.pool ??= createCardPool()).cover(text);
  return new Promise((resolve, reject) => {
    drawing.waiting.push({ tree: layoutCard(content, markSvg), text, resolve, reject });
    // Queued in the same turn, a build's cards go out in full batches.
    if (drawing.waiting.length === 1) queueMicrotask(pump);
  });
}

/**
 * Every card of a build drawn at once: cached cards are found in the cache, cards being drawn
 * ahead are waited for, the others are queued together, so the card threads draw while Astro asks
 * for the cards one by one. Returns each card's cache file by path. The pool is started only if a
 * card is missing, and closed when all are done. `markSvg` is the site icon (src/assets/icon.svg).
 */
export function cardFiles(cards: PageCard[], markSvg: string): Map<string, Promise<string>> {
  pump();
  return new Map(cards.map((card) => [card.path, cachedCardFile(card.content, () => drawOnPool(card.content, markSvg))]));
}

/** One card's PNG, drawn if it is not in the cache (`astro dev` answers a request with it). */
export async function drawCard(card: PageCard, markSvg: string): Promise<Buffer> {
  return await cachedCard(card.content, () => drawOnPool(card.content, markSvg));
}

/**
 * Starts drawing the cards missing from the cache without waiting for them: the card route
 * (`requireCards`) later finds each one drawn or in progress.
 * Returns how many it started. A drawing that fails is left to the route, which draws that card
 * again and reports the error there.
 */
export function drawAhead(cards: PageCard[], markSvg: string): number {
  const missing = cards.filter((card) => !isCardCachedOrDrawing(card.content));
  if (missing.length === 0) return 0;
  for (const card of missing) cachedCardFile(card.content, () => drawOnPool(card.content, markSvg)).catch(() => undefined);
  return missing.length;
}

/** Marks this process as an `astro build` whose cards the share-cards integration writes. */
export function beginCardBuild(): void {
  drawing.building = true;
}

/** Whether this process is an `astro build` whose cards the share-cards integration writes. */
export function isBuildingCards(): boolean {
  return drawing.building === true;
}

/**
 * The cards the pages of this build name: drawn from now on (or taken from the cache or from
 * drawings already under way), while Astro renders the pages, and written by
 * `writeCards` once the pages are done. Called by the card route's getStaticPaths.
 */
export function requireCards(cards: PageCard[], markSvg: string): void {
  drawing.tasksInHand = TASKS_WHILE_PAGES;
  drawing.needed = cardFiles(cards, markSvg);
  // A failed drawing is reported by writeCards, which awaits every card.
  for (const file of drawing.needed.values()) file.catch(() => undefined);
}

/**
 * Puts every card `requireCards` asked for into `outDir` from the card cache (`placeCachedCard`:
 * linked, else copied), waiting for those still being drawn: the folders first (one per locale,
 * see `cardPath`), then the files all at once (libuv's file-system threads work in parallel:
 * 2,000 cards copied one by one took 2 s). Returns how many.
 */
export async function writeCards(outDir: string): Promise<number> {
  const needed = drawing.needed ?? new Map<string, Promise<string>>();
  // The pages are written: Astro's core is free to draw the cards still waiting.
  drawing.threads = availableParallelism();
  pump();
  for (const folder of new Set([...needed.keys()].map((path) => dirname(join(outDir, path))))) {
    await mkdir(folder, { recursive: true });
  }
  const linked = new Set<string>();
  await Promise.all([...needed].map(async ([path, cached]) => {
    const file = await cached;
    // Pages whose cards say the same share a cache file: one output file is linked to it, the
    // others are copies, so no two files of the site share storage (an archiver sees plain files).
    const link = !linked.has(file);
    linked.add(file);
    await placeCachedCard(file, join(outDir, path), link);
  }));
  drawing.needed = undefined;
  drawing.threads = cardThreads();
  drawing.tasksInHand = TASKS_PER_THREAD;
  return needed.size;
}
