// The card fonts cut down to the characters a build's cards draw (subset-font: HarfBuzz's
// subsetter, compiled to WebAssembly). satori parses each font it is given whole, and a parsed
// Noto Sans SC weight holds ~45 MB of a card thread's heap; a subset of a few hundred characters
// holds well under 1 MB, and draws the same SVG glyph for glyph (tested: the same PNG bytes).
// At 1,000 articles the card threads draw beside Astro's full heap: the build's memory peak
// (issue 12).
// A card thread subsets on a thread of its own that ends when it is done: HarfBuzz's WebAssembly
// memory (~50 MB, it holds a copy of each font) cannot shrink, and only ending the thread gives
// it back. The build's main thread takes no part: it is often busy for seconds (the content
// check), and a card thread waiting for it to pass the fonts on stood idle (measured).
// Plain JavaScript, like card-render.mjs: threads load this file without a TypeScript loader.
import { readFile } from 'node:fs/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';

/**
 * Each font file cut down to the characters of `text`, as TrueType (which satori reads).
 * @param {{ path: string }[]} files @param {string} text
 * @returns {Promise<Uint8Array[]>}
 */
export async function subsetFontFiles(files, text) {
  const out = [];
  // One after another: HarfBuzz's memory holds one font at a time.
  for (const file of files) out.push(new Uint8Array(await subsetFont(await readFile(file.path), text, { targetFormat: 'truetype' })));
  return out;
}

const SUBSET_TASK = 'news-microsite.subset-card-fonts';

/**
 * `subsetFontFiles` on a thread that ends when it is done.
 * @param {{ path: string }[]} files @param {string} text
 * @returns {Promise<Uint8Array[]>}
 */
export function subsetOnThread(files, text) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { task: SUBSET_TASK, files, text } });
    worker.once('message', (/** @type {Uint8Array[] | { error: string }} */ result) => {
      void worker.terminate();
      if (Array.isArray(result)) resolve(result);
      else reject(new Error(result.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the font subsetting thread ended (exit code ${code})`)));
  });
}

/**
 * The card fonts for the characters of `text`, as satori takes them: subsets cut on a thread of
 * their own, or the whole files if subsetting fails (the same glyphs, more memory).
 * @param {{ name: string, weight: 400 | 700, style: 'normal', path: string }[]} files
 * @param {string} text
 * @returns {Promise<{ name: string, weight: 400 | 700, style: 'normal', data: Buffer }[]>}
 */
export async function cardFontsFor(files, text) {
  const data = await subsetOnThread(files, text).catch(() => Promise.all(files.map((file) => readFile(file.path))));
  return files.map(({ path: _path, ...font }, i) => ({ ...font, data: Buffer.from(data[i].buffer, data[i].byteOffset, data[i].byteLength) }));
}

// The subsetting thread's work.
if (!isMainThread && workerData?.task === SUBSET_TASK) {
  subsetFontFiles(workerData.files, workerData.text).then(
    (fonts) => parentPort?.postMessage(fonts, fonts.map((font) => font.buffer)),
    (error) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
