// Card element tree → SVG (satori draws every glyph as a path) → pixels (resvg) → palette PNG
// (sharp). Plain JavaScript, so the worker threads of card-pool.ts load this very file without a
// TypeScript loader; the build and the tests import it like any module.
// Why these tools (measured by `npx tsx tests/bench/cards.ts`): sharp rasterises a card's SVG a little
// faster than resvg, but resvg's antialiasing quantises to a palette ~25% smaller at the same
// look, which keeps every card under the 40 KB budget; a full-colour PNG is ~2.5× larger.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

// Each card is encoded once: libvips' operation cache only holds memory (~70 MB more peak with two
// pool threads, measured), and one libvips thread per pool thread keeps the cores for the pool.
// Both settings are global to the process, so they also apply to the build's photos once the pool
// has started; one-off encodes lose nothing by them.
sharp.cache(false);
sharp.concurrency(1);

/**
 * Draws a card as SVG; glyphs become paths, so the SVG needs no font.
 * @param {object} tree satori's element tree (see card-layout.ts `CardNode`)
 * @param {{ width: number, height: number }} size
 * @param {{ name: string, data: Buffer, weight: 400 | 700, style: 'normal' }[]} fonts the same array
 *   object for every card of a build: satori caches parsed fonts by it
 * @returns {Promise<string>}
 */
export async function renderCardSvg(tree, size, fonts) {
  return await satori(/** @type {any} */ (tree), { ...size, fonts });
}

/**
 * Renders a card to a palette PNG: 256 colours at most, no dithering (flat colours and
 * antialiased text need neither more colours nor noise).
 * @param {object} tree @param {{ width: number, height: number }} size @param {Parameters<typeof renderCardSvg>[2]} fonts
 * @returns {Promise<Buffer>}
 */
export async function renderCardPng(tree, size, fonts) {
  const image = new Resvg(await renderCardSvg(tree, size, fonts)).render();
  return await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha().png({ palette: true, effort: 1, dither: 0 }).toBuffer();
}

/** Fonts per font set, made once per worker thread from the shared memory the pool hands over. */
const workerFonts = new Map();

/**
 * The worker pool's task (card-pool.ts): fonts arrive as SharedArrayBuffers, so a task copies
 * no font bytes; each thread turns a font set into Buffers once and reuses that array.
 * @param {{ tree: object, size: { width: number, height: number }, fontKey: string,
 *   fonts: { name: string, weight: 400 | 700, style: 'normal', data: SharedArrayBuffer }[] }} task
 * @returns {Promise<Uint8Array>}
 */
export default async function renderCardTask({ tree, size, fontKey, fonts }) {
  let own = workerFonts.get(fontKey);
  if (!own) {
    own = fonts.map((f) => ({ ...f, data: Buffer.from(new Uint8Array(f.data)) }));
    workerFonts.set(fontKey, own);
  }
  return new Uint8Array(await renderCardPng(tree, size, own));
}
