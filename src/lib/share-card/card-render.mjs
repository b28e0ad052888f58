// Card element tree → SVG (satori draws every glyph as a path) → pixels (resvg) → palette PNG
// (palette-png.mjs: the card's own colours, no quantiser). Plain JavaScript, so the worker
// threads of card-pool.ts load this very file without a TypeScript loader; the build and the
// tests import it like any module.
// Why these tools (measured by `npx tsx tests/bench/cards.ts`): resvg, told not to scan the
// machine's fonts, rasterises a card about twice as fast as sharp (librsvg), and its antialiasing
// leaves ~100 colours, which a palette holds without a quantiser; a full-colour PNG is ~2.5×
// larger. Everything runs on the calling thread: nothing waits in, or fills, libuv's thread pool,
// which the build's file reads and writes share with sharp.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { v8Gc } from '../memory/v8-gc.mjs';
import { cardFontsFor } from './font-subset.mjs';
import { encodePalettePng } from './palette-png.mjs';

/**
 * Draws a card as SVG; glyphs become paths, so the SVG needs no font.
 * @param {object} tree satori's element tree (see card-layout.ts `CardNode`)
 * @param {{ width: number, height: number }} size
 * @param {{ name: string, data: Buffer, weight: 400 | 700, style: 'normal' }[]} fonts the same array
 *   object for every card of a build: satori caches parsed fonts by it
 * @returns {Promise<string>}
 */
export async function renderCardSvg(tree, size, fonts) {
  return await satori(/** @type {Parameters<typeof satori>[0]} */ (/** @type {unknown} */ (withRasterImages(tree))), { ...size, fonts });
}

const SVG_DATA_URI = 'data:image/svg+xml;base64,';
/** PNG data URIs of the SVG images cards draw (the site mark), by size and source. */
const rasterImages = new Map();

/**
 * The tree with each SVG image (`img` with a `data:image/svg+xml;base64,` source, width and
 * height) as a PNG of its drawn size, rasterised by resvg once per thread. The card is drawn at
 * 1:1, so the mark looks the same (a few antialiased edge pixels differ by a shade), and neither
 * satori nor resvg reads the mark's SVG for every card again: ~1 ms of a ~10 ms card (bench
 * corpus, measured).
 * @param {any} node satori's element tree, or a text child
 * @returns {any}
 */
function withRasterImages(node) {
  if (!node || typeof node !== 'object') return node;
  const { props } = node;
  if (node.type === 'img' && typeof props.src === 'string' && props.src.startsWith(SVG_DATA_URI) && props.width > 0 && props.height > 0) {
    const key = `${props.width}x${props.height} ${props.src}`;
    let src = rasterImages.get(key);
    if (src === undefined) {
      const svg = Buffer.from(props.src.slice(SVG_DATA_URI.length), 'base64').toString('utf8');
      const png = new Resvg(svg, { ...RESVG_OPTIONS, fitTo: { mode: 'width', value: props.width } }).render().asPng();
      rasterImages.set(key, (src = `data:image/png;base64,${Buffer.from(png).toString('base64')}`));
    }
    return { ...node, props: { ...props, src } };
  }
  const { children } = props;
  if (children === undefined || typeof children === 'string') return node;
  return { ...node, props: { ...props, children: Array.isArray(children) ? children.map(withRasterImages) : withRasterImages(children) } };
}

/**
 * resvg's options: the SVG has no text (satori drew every glyph as a path), so resvg must not scan
 * the machine's fonts, which it does for every `new Resvg` by default — that scan was two thirds
 * of rasterising a card (~36 → ~12 ms, same pixels; `npx tsx tests/bench/cards.ts`).
 */
const RESVG_OPTIONS = { font: { loadSystemFonts: false } };

/**
 * A card with more colours than a palette holds (none of the card designs so far: a safety net)
 * quantised by sharp to 256 colours, without dithering. sharp is loaded only then: libvips costs
 * a card thread memory and start-up time. Each card is encoded once, so libvips' operation cache
 * would only hold memory, and one libvips thread keeps the cores for the card threads; both
 * settings are global to the process.
 * @param {Uint8Array} pixels @param {number} width @param {number} height
 * @returns {Promise<Buffer>}
 */
export async function quantisePng(pixels, width, height) {
  const { default: sharp } = await import('sharp');
  sharp.cache(false);
  sharp.concurrency(1);
  return await sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha().png({ palette: true, effort: 1, dither: 0 }).toBuffer();
}

/**
 * Renders a card to a palette PNG with the card's own colours (palette-png.mjs).
 * @param {object} tree @param {{ width: number, height: number }} size @param {Parameters<typeof renderCardSvg>[2]} fonts
 * @returns {Promise<Buffer>}
 */
export async function renderCardPng(tree, size, fonts) {
  const image = new Resvg(await renderCardSvg(tree, size, fonts), RESVG_OPTIONS).render();
  // `pixels` is a getter that copies the image: read it once.
  const pixels = image.pixels;
  return encodePalettePng(pixels, image.width, image.height) ?? await quantisePng(pixels, image.width, image.height);
}

/**
 * The card fonts of this thread: those of the newest font set it was handed (card-font-set.ts),
 * cut to the set's characters (font-subset.mjs) and reused as one array object (satori's cache
 * key) until a newer set arrives. Sets only grow, so the newest draws the cards of older sets too.
 * @type {{ id: number, fonts: Promise<Awaited<ReturnType<typeof cardFontsFor>>> } | undefined}
 */
let newestFonts;

/**
 * The fonts to draw a card of font set `set` with: the newest this thread has, if it is as new.
 * @param {{ id: number, files: Parameters<typeof cardFontsFor>[0], text: string }} set
 */
export function fontsFor(set) {
  if (!newestFonts || set.id > newestFonts.id) newestFonts = { id: set.id, fonts: cardFontsFor(set.files, set.text) };
  return newestFonts.fonts;
}

/** Cards a card thread draws between two full collections of its heap (see `collectGarbage`). */
const CARDS_PER_FULL_COLLECTION = 200;
let drawnSinceFullCollection = 0;

/**
 * A collection of this thread's young generation after every card, and of its whole heap every
 * CARDS_PER_FULL_COLLECTION cards. resvg's images and trees hold native memory V8 does not count,
 * so V8 sees a small heap and seldom collects them, and a card's 3 MB pixel buffer dies young.
 * Measured with a pool of one card thread drawing 2,000 cards of bench-corpus headlines: a
 * full collection every 20 cards peaked at ~480 MB for the process, ~12 ms a card; a young one
 * after each card and a full one every 50 at ~320 MB, ~11 ms (fewer objects outlive a young
 * collection, so fewer reach the old generation that full collections sweep). A full collection
 * also busies V8's helper threads, which share the cores with the build: for 1,000 cards they
 * worked 2.9 s with one every 50 cards, 2.1 s every 200, 1.3 s with none, and the process peaked
 * ~10 and ~60 MB higher (font subsets, font-subset.mjs, already in place). Every 200 it is.
 */
function collectGarbage() {
  const full = ++drawnSinceFullCollection === CARDS_PER_FULL_COLLECTION;
  if (full) drawnSinceFullCollection = 0;
  v8Gc()({ type: full ? 'major' : 'minor' });
}

/**
 * The worker pool's task (card-pool.ts): a batch of cards, drawn one after another. Each card's
 * PNG, or the message of the error that stopped it, so one bad card fails only itself.
 * @param {{ trees: object[], size: { width: number, height: number }, fonts: Parameters<typeof fontsFor>[0] }} task
 * @returns {Promise<(Uint8Array | { error: string })[]>}
 */
export default async function renderCardsTask({ trees, size, fonts: set }) {
  const fonts = await fontsFor(set);
  const out = [];
  for (const tree of trees) {
    try {
      out.push(new Uint8Array(await renderCardPng(tree, size, fonts)));
    } catch (error) {
      out.push({ error: error instanceof Error ? error.message : String(error) });
    }
    // resvg's images (two 3 MB copies of the pixels a card) live outside V8's heap, and Node
    // frees them only from the event loop, after V8 has collected their objects. Drawing card
    // after card without a turn of the loop kept all of them: a 1,000-article build grew to
    // 12.9 GB (measured).
    collectGarbage();
    await nextTurn();
  }
  return out;
}
