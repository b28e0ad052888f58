// The card fonts cut down to the characters a build's cards draw (subset-font: HarfBuzz's
// subsetter, compiled to WebAssembly). satori parses each font it is given whole, and a parsed
// Noto Sans SC weight holds ~45 MB of a card thread's heap; a subset of a few hundred characters
// holds well under 1 MB, and draws the same SVG glyph for glyph (tested: the same PNG bytes).
// At 1,000 articles two card threads draw at the end of a build, beside Astro's full heap: that
// is where the build's memory peaks (issue 12).
// The build subsets on a thread of its own that ends when it is done (card-pool.ts): HarfBuzz's
// WebAssembly memory (~50 MB, it holds a copy of each font) cannot shrink, and only ending the
// thread gives it back. Plain JavaScript, like card-render.mjs: that thread loads this file
// without a TypeScript loader.
import { readFile } from 'node:fs/promises';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
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

/** What a thread started on this file is told to do (card-pool.ts `subsetOnThread`). */
export const SUBSET_TASK = 'news-microsite.subset-card-fonts';

if (!isMainThread && workerData?.task === SUBSET_TASK) {
  try {
    const fonts = await subsetFontFiles(workerData.files, workerData.text);
    parentPort?.postMessage(fonts, fonts.map((font) => font.buffer));
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}
