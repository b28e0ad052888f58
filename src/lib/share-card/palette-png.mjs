// A card's pixels as a palette PNG. A card is drawn in a handful of flat colours (page
// background, text, muted text, rule, the mark's red and white) and resvg's antialiasing between
// them: ~100 distinct colours, so a palette holds them all. Antialiased shades a step or two
// apart are drawn as one (the more frequent; at most NEAR per channel, invisible): ~4% fewer
// bytes (issue 12's byte budget), and every flat colour stays exact.
// Why by hand and not a library (measured on the real cards, `npx tsx tests/bench/cards.ts`):
// sharp's palette PNG always quantises with libimagequant (~14 ms a card, on libuv's threads, the
// ones the build's file reads and writes wait for), and fast-png deflates in JavaScript (~15 ms,
// files ~25% larger). Counting colours and Node's own zlib take ~1.6 ms on the bench corpus's
// cards (5.7 ms with a Map per run and zlib's default strategy, 3.8 ms writing rows pixel by
// pixel, ~2.0 ms with a `fill` call for every run). The format is PNG's simplest form: one IHDR, PLTE, IDAT, IEND.
// Plain JavaScript, like card-render.mjs, which the card threads load without a TypeScript loader.
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG's colour type 3: every pixel is an index into the PLTE chunk's colours. */
const INDEXED_COLOUR = 3;
const MAX_COLOURS = 256;
/** PNG's row filters: a row stored as it is, or as its difference from the row above. */
const NO_FILTER = 0;
const UP_FILTER = 2;
/** The largest difference in any channel between a shade and the colour it is drawn as. */
export const NEAR = 2;

/**
 * One PNG chunk: length, type, data and the CRC of type and data.
 * @param {string} type @param {Uint8Array} data
 */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Distinct pixel values an image may have before merging (an open-addressing table of 2^12 slots, half full at most). */
const TABLE_BITS = 12;
const TABLE_SIZE = 1 << TABLE_BITS;
const MAX_DISTINCT = TABLE_SIZE >> 1;

// Scratch memory reused by every card a thread encodes (a card thread encodes thousands).
const slotIndex = new Int32Array(TABLE_SIZE);
const slotValue = new Uint32Array(TABLE_SIZE);
const pixelCounts = new Float64Array(MAX_DISTINCT);
/** The image as runs of one value within a row: where each starts, its value's number, each row's first run. */
let runStart = new Int32Array(0);
let runValue = new Uint16Array(0);
let rowFirstRun = new Int32Array(0);
/** A row's runs as differences from the row above: where each ends, and its difference. */
let differenceEnd = new Int32Array(0);
let differenceValue = new Uint8Array(0);

/**
 * The image as runs of one pixel value within a row (into `runStart`, `runValue`, `rowFirstRun`),
 * the values numbered by first appearance, with each value's pixel count and first pixel;
 * undefined past MAX_DISTINCT values. Runs of one value are the rule (background, solid
 * strokes), so each run is looked up once, in a hash table of typed arrays (a Map lookup per run
 * was half the encoding time), and the rows are then written run by run, not pixel by pixel.
 * @param {Uint32Array} pixels @param {number} width @param {number} height
 */
function numberRuns(pixels, width, height) {
  slotIndex.fill(-1);
  /** @type {number[]} */
  const firstPixel = [];
  let runs = 0;
  for (let y = 0, pixel = 0; y < height; y++) {
    rowFirstRun[y] = runs;
    for (const rowEnd = pixel + width; pixel < rowEnd;) {
      const value = pixels[pixel];
      let end = pixel + 1;
      while (end < rowEnd && pixels[end] === value) end++;
      let slot = Math.imul(value, 0x9e3779b1) >>> (32 - TABLE_BITS);
      let index = slotIndex[slot];
      while (index !== -1 && slotValue[slot] !== value) {
        slot = (slot + 1) & (TABLE_SIZE - 1);
        index = slotIndex[slot];
      }
      if (index === -1) {
        if (firstPixel.length === MAX_DISTINCT) return undefined;
        index = firstPixel.length;
        slotIndex[slot] = index;
        slotValue[slot] = value;
        pixelCounts[index] = 0;
        firstPixel.push(pixel);
      }
      pixelCounts[index] += end - pixel;
      runStart[runs] = pixel;
      runValue[runs] = index;
      runs++;
      pixel = end;
    }
  }
  rowFirstRun[height] = runs;
  return firstPixel;
}

/**
 * The palette: the image's colours from the most to the least frequent, each kept unless a
 * kept colour lies within NEAR in every channel. Returns each distinct value's palette index and
 * the first pixel of each palette colour, or undefined past 256 colours or at a see-through pixel.
 * @param {Uint8Array} rgba @param {number[]} firstPixel distinct value → its first pixel
 */
function palette(rgba, firstPixel) {
  const indexOf = new Uint8Array(firstPixel.length);
  /** @type {number[]} */
  const colours = [];
  // Ties keep the order of first appearance (a stable sort).
  const byCount = firstPixel.map((_, value) => value).sort((a, b) => pixelCounts[b] - pixelCounts[a]);
  for (const value of byCount) {
    const at = firstPixel[value] * 4;
    if (rgba[at + 3] !== 0xff) return undefined;
    const near = colours.findIndex((kept) => Math.abs(rgba[kept * 4] - rgba[at]) <= NEAR
      && Math.abs(rgba[kept * 4 + 1] - rgba[at + 1]) <= NEAR && Math.abs(rgba[kept * 4 + 2] - rgba[at + 2]) <= NEAR);
    if (near >= 0) {
      indexOf[value] = near;
    } else {
      if (colours.length === MAX_COLOURS) return undefined;
      indexOf[value] = colours.length;
      colours.push(firstPixel[value]);
    }
  }
  return { indexOf, colours };
}

/** Runs shorter than this are written byte by byte: most runs are a few antialiased pixels, and a call to `fill` costs more than writing them. */
const SHORT_RUN = 16;

/** `bytes.fill(value, from, to)`, quicker for the short runs most of a card's are. @param {Uint8Array} bytes @param {number} value @param {number} from @param {number} to */
function fillBytes(bytes, value, from, to) {
  if (to - from < SHORT_RUN) for (let i = from; i < to; i++) bytes[i] = value;
  else bytes.fill(value, from, to);
}

/**
 * Encodes opaque RGBA pixels (resvg's `render().pixels`: 4 bytes a pixel, alpha 255) as an
 * 8-bit palette PNG (see the top of this file for the palette). Returns undefined when the image
 * needs more than 256 colours or has a transparent pixel: the caller then quantises
 * (card-render.mjs).
 * @param {Uint8Array} rgba @param {number} width @param {number} height
 * @returns {Buffer | undefined}
 */
export function encodePalettePng(rgba, width, height) {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes of RGBA pixels, got ${rgba.length}`);
  // A pixel read as one 32-bit number in the machine's byte order (a view needs 4-byte alignment).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  if (runStart.length < width * height) {
    runStart = new Int32Array(width * height);
    runValue = new Uint16Array(width * height);
  }
  if (rowFirstRun.length !== height + 1) rowFirstRun = new Int32Array(height + 1);
  if (differenceEnd.length < 2 * width) {
    differenceEnd = new Int32Array(2 * width);
    differenceValue = new Uint8Array(2 * width);
  }
  const firstPixel = numberRuns(pixels, width, height);
  const chosen = firstPixel && palette(aligned, firstPixel);
  if (!chosen) return undefined;
  // zlib's run-length strategy (~0.5 ms a card against ~2.5 ms for its default strategy), and
  // rows after the first stored plain or as the difference from the row above (PNG's Up filter),
  // whichever has fewer runs: the background and vertical strokes become runs of zeros. Files
  // come out ~1% larger than plain rows at zlib's default (300 bench cards, zh and en), where the
  // Up filter alone would be ~5% larger. Measured with the bench corpus's cards.
  const { indexOf } = chosen;
  const stride = width + 1;
  const rows = Buffer.allocUnsafe(stride * height);
  const bytes = new Uint8Array(rows.buffer, rows.byteOffset, rows.length);
  for (let y = 0; y < height; y++) {
    const at = y * stride + 1;
    const first = rowFirstRun[y];
    const last = rowFirstRun[y + 1];
    // The row as differences from the row above: constant wherever neither row changes, so it is
    // walked by the two rows' runs together, not by pixel.
    let differences = 0;
    let upRuns = 0;
    if (y > 0) {
      const rowBase = y * width;
      const aboveBase = rowBase - width;
      const aboveLast = rowFirstRun[y];
      let previous = -1;
      for (let x = 0, run = first, above = rowFirstRun[y - 1]; x < width;) {
        const runEnd = run + 1 < last ? runStart[run + 1] - rowBase : width;
        const aboveEnd = above + 1 < aboveLast ? runStart[above + 1] - aboveBase : width;
        const end = runEnd < aboveEnd ? runEnd : aboveEnd;
        const difference = (indexOf[runValue[run]] - indexOf[runValue[above]]) & 0xff;
        if (difference !== previous) {
          upRuns++;
          previous = difference;
        }
        differenceEnd[differences] = end;
        differenceValue[differences] = difference;
        differences++;
        x = end;
        if (runEnd === end) run++;
        if (aboveEnd === end) above++;
      }
    }
    // Fewer runs as differences than the row has runs of one pixel value: Up.
    if (y > 0 && upRuns < last - first) {
      rows[at - 1] = UP_FILTER;
      for (let d = 0, x = 0; d < differences; x = differenceEnd[d], d++) fillBytes(bytes, differenceValue[d], at + x, at + differenceEnd[d]);
    } else {
      rows[at - 1] = NO_FILTER;
      const rowBase = y * width;
      for (let run = first; run < last; run++) {
        const end = run + 1 < last ? runStart[run + 1] - rowBase : width;
        fillBytes(bytes, indexOf[runValue[run]], at + runStart[run] - rowBase, at + end);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = INDEXED_COLOUR;
  const colours = Buffer.alloc(chosen.colours.length * 3);
  chosen.colours.forEach((pixel, at) => colours.set(aligned.subarray(pixel * 4, pixel * 4 + 3), at * 3));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', colours),
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
