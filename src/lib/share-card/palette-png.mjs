// A card's pixels as a palette PNG. A card is drawn in a handful of flat colours (page
// background, text, muted text, rule, the mark's red and white) and resvg's antialiasing between
// them: ~100 distinct colours, so a palette holds them all. Antialiased shades a step or two
// apart are drawn as one (the more frequent; at most NEAR per channel, invisible): ~4% fewer
// bytes (issue 12's byte budget), and every flat colour stays exact.
// Why by hand and not a library (measured on the real cards, `npx tsx tests/bench/cards.ts`):
// sharp's palette PNG always quantises with libimagequant (~14 ms a card, on libuv's threads, the
// ones the build's file reads and writes wait for), and fast-png deflates in JavaScript (~15 ms,
// files ~25% larger). Counting colours and Node's own zlib take ~5 ms. The format is PNG's
// simplest form: one IHDR, PLTE, IDAT, IEND.
// Plain JavaScript, like card-render.mjs, which the card threads load without a TypeScript loader.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG's colour type 3: every pixel is an index into the PLTE chunk's colours. */
const INDEXED_COLOUR = 3;
const MAX_COLOURS = 256;
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

/**
 * How many pixels of each value the image has, and the first pixel of each, counted by runs.
 * @param {Uint32Array} pixels
 */
function countColours(pixels) {
  const counts = new Map();
  const firstPixel = new Map();
  for (let pixel = 0; pixel < pixels.length;) {
    const value = pixels[pixel];
    let end = pixel + 1;
    while (end < pixels.length && pixels[end] === value) end++;
    const count = counts.get(value);
    if (count === undefined) {
      counts.set(value, end - pixel);
      firstPixel.set(value, pixel);
    } else {
      counts.set(value, count + end - pixel);
    }
    pixel = end;
  }
  return { counts, firstPixel };
}

/**
 * The palette: the image's colours from the most to the least frequent, each kept unless a
 * kept colour lies within NEAR in every channel. Returns each pixel value's palette index and
 * the first pixel of each palette colour, or undefined past 256 colours or at a see-through pixel.
 * @param {Uint8Array} rgba @param {Map<number, number>} counts pixel value → pixels
 * @param {Map<number, number>} firstPixel pixel value → its first pixel
 */
function palette(rgba, counts, firstPixel) {
  /** @type {Map<number, number>} */
  const indexOf = new Map();
  /** @type {number[]} */
  const colours = [];
  const channel = (pixel, c) => rgba[pixel * 4 + c];
  for (const value of [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a))) {
    const pixel = firstPixel.get(value);
    if (channel(pixel, 3) !== 0xff) return undefined;
    const near = colours.findIndex((kept) => [0, 1, 2].every((c) => Math.abs(channel(kept, c) - channel(pixel, c)) <= NEAR));
    if (near >= 0) {
      indexOf.set(value, near);
    } else {
      if (colours.length === MAX_COLOURS) return undefined;
      indexOf.set(value, colours.length);
      colours.push(pixel);
    }
  }
  return { indexOf, colours };
}

/**
 * Encodes opaque RGBA pixels (resvg's `render().pixels`: 4 bytes a pixel, alpha 255) as an
 * 8-bit palette PNG (see the top of this file for the palette). Returns undefined when the image
 * needs more than 256 colours or has a transparent pixel: the caller then quantises
 * (card-render.mjs). Rows are stored unfiltered, as PNG's specification advises for palette images.
 * @param {Uint8Array} rgba @param {number} width @param {number} height
 * @returns {Buffer | undefined}
 */
export function encodePalettePng(rgba, width, height) {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes of RGBA pixels, got ${rgba.length}`);
  // A pixel read as one 32-bit number in the machine's byte order (a view needs 4-byte alignment).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  // Runs of one colour are the rule (background, solid strokes): each run is counted, looked up
  // and written once (index 0, the most frequent colour, is already there).
  const { counts, firstPixel } = countColours(pixels);
  const chosen = palette(aligned, counts, firstPixel);
  if (!chosen) return undefined;
  // Each row starts with its filter byte (0: none), so indices are written straight into place.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0, pixel = 0; y < height; y++) {
    const rowStart = y * (width + 1) + 1 - pixel;
    for (const rowEnd = pixel + width; pixel < rowEnd;) {
      const value = pixels[pixel];
      let end = pixel + 1;
      while (end < rowEnd && pixels[end] === value) end++;
      const index = chosen.indexOf.get(value);
      if (index !== 0) rows.fill(index, rowStart + pixel, rowStart + end);
      pixel = end;
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
    // zlib's default level: level 9 saves ~10% of the bytes for ~8× the time.
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
