// Card element tree → SVG (satori draws every glyph as a path) → pixels (resvg) → palette PNG
// (sharp). Plain JavaScript, so the worker threads of card-pool.ts load this very file without a
// TypeScript loader; the build and the tests import it like any module.
// Why these tools (measured by `npx tsx tests/bench/cards.ts`): resvg, told not to scan the
// machine's fonts, rasterises a card about twice as fast as sharp (librsvg), and its antialiasing
// quantises to a palette ~25% smaller at the same look (15.6 KB a real card against 20.9 KB);
// a full-colour PNG is ~2.5× larger.
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
  return await satori(/** @type {Parameters<typeof satori>[0]} */ (/** @type {unknown} */ (tree)), { ...size, fonts });
}

/**
 * resvg's options: the SVG has no text (satori drew every glyph as a path), so resvg must not scan
 * the machine's fonts, which it does for every `new Resvg` by default — that scan was two thirds
 * of rasterising a card (~36 → ~12 ms, same pixels; `npx tsx tests/bench/cards.ts`).
 */
const RESVG_OPTIONS = { font: { loadSystemFonts: false } };

/**
 * Renders a card to a palette PNG: 256 colours at most, no dithering (flat colours and
 * antialiased text need neither more colours nor noise).
 * @param {object} tree @param {{ width: number, height: number }} size @param {Parameters<typeof renderCardSvg>[2]} fonts
 * @returns {Promise<Buffer>}
 */
export async function renderCardPng(tree, size, fonts) {
  const image = new Resvg(await renderCardSvg(tree, size, fonts), RESVG_OPTIONS).render();
  return await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha().png({ palette: true, effort: 1, dither: 0 }).toBuffer();
}

/** The card fonts of this thread, made once and reused as one array object (satori's cache key). */
let workerFonts;

/**
 * The worker pool's task (card-pool.ts): fonts arrive as SharedArrayBuffers, so a task copies no
 * font bytes; the first task of a thread wraps them in Buffers (views, not copies), and every
 * later card of that thread reuses the same parsed fonts.
 * @param {{ tree: object, size: { width: number, height: number },
 *   fonts: { name: string, weight: 400 | 700, style: 'normal', data: SharedArrayBuffer }[] }} task
 * @returns {Promise<Uint8Array>}
 */
export default async function renderCardTask({ tree, size, fonts }) {
  workerFonts ??= fonts.map((font) => ({ ...font, data: Buffer.from(font.data) }));
  return new Uint8Array(await renderCardPng(tree, size, workerFonts));
}
