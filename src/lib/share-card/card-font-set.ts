// The fonts the card threads draw with: the card fonts cut down to every character of the cards
// queued so far (font-subset.mjs), grown when a card brings new characters. A subset of a build's
// few hundred characters is ~15 KB a weight, where satori holds a parsed whole Noto Sans SC
// weight in ~45 MB of each card thread's heap (issue 12: the memory peak of a 1,000-article build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardFontFiles, type CardFontFile } from './card-font';

// Loaded by path from the project root, like card-render.mjs (card-pool.ts): the build bundles
// this module into a chunk elsewhere, but a thread needs a file of its own.
const SUBSET_FILE = join(process.cwd(), 'src/lib/share-card/font-subset.mjs');

/** A font whose bytes live in memory every thread reads: a task hands it over without a copy. */
export interface SharedCardFont {
  name: string;
  weight: number;
  style: 'normal';
  data: SharedArrayBuffer;
}

/**
 * Fonts for the cards queued so far. Sets only grow, so a later set draws every card an earlier
 * one does, glyph for glyph: a card thread keeps the newest set it has seen (`id`) and parses
 * fonts only when a newer one arrives.
 */
export interface CardFontSet {
  id: number;
  fonts: SharedCardFont[];
}

/** Cuts the font files down to the characters of `text`. */
export type SubsetFonts = (files: CardFontFile[], text: string) => Promise<Uint8Array[]>;

/**
 * font-subset.mjs on a thread that ends when it is done: HarfBuzz's WebAssembly memory (~50 MB)
 * cannot shrink, and ending the thread gives it back.
 */
export const subsetOnThread: SubsetFonts = (files, text) => new Promise((resolve, reject) => {
  // The task's name is font-subset.mjs's SUBSET_TASK (not imported: that would load HarfBuzz's
  // module in the build process too).
  const worker = new Worker(SUBSET_FILE, { workerData: { task: 'news-microsite.subset-card-fonts', files, text } });
  worker.once('message', (result: Uint8Array[] | { error: string }) => {
    void worker.terminate();
    if (Array.isArray(result)) resolve(result);
    else reject(new Error(result.error));
  });
  worker.once('error', reject);
  worker.once('exit', (code) => reject(new Error(`the font subsetting thread ended (exit code ${code})`)));
});

function toShared(bytes: Uint8Array): SharedArrayBuffer {
  const data = new SharedArrayBuffer(bytes.length);
  new Uint8Array(data).set(bytes);
  return data;
}

/**
 * The growing font set of one pool. `cover(text)` when a card is queued, `fonts()` when a batch
 * is handed to a thread: one subsetting for all the characters covered since the last one. If
 * subsetting fails, the whole fonts serve (the same glyphs, more memory).
 */
export function createCardFontSet(subset: SubsetFonts = subsetOnThread) {
  const files = cardFontFiles();
  const chars = new Set<string>();
  let lastId = 0;
  let current: Promise<CardFontSet> | undefined;
  return {
    /** Adds the characters of a card's text (`cardText`) to the next set. */
    cover(text: string): void {
      for (const ch of text) {
        if (chars.has(ch)) continue;
        chars.add(ch);
        current = undefined;
      }
    },
    /** The set covering every character covered so far. */
    fonts(): Promise<CardFontSet> {
      if (current) return current;
      const id = ++lastId;
      const text = [...chars].join('');
      current = subset(files, text)
        .catch(() => files.map((file) => readFileSync(file.path)))
        .then((data) => ({ id, fonts: files.map(({ path: _path, ...font }, i) => ({ ...font, data: toShared(data[i]!) })) }));
      return current;
    },
  };
}
