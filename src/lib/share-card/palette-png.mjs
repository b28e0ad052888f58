// A card's pixels as an exact palette PNG. A card is drawn in a handful of flat colours (page
// background, text, muted text, rule, the mark's red and white) and resvg's antialiasing between
// them: ~100 distinct colours, so a palette holds every one of them and nothing is quantised.
// Why by hand and not a library (measured on the real cards, `npx tsx tests/bench/cards.ts`):
// sharp's palette PNG always quantises with libimagequant (~14 ms a card, on libuv's threads, the
// ones the build's file reads and writes wait for), and fast-png deflates in JavaScript (~15 ms,
// files ~25% larger). Counting colours and Node's own zlib take ~5 ms, lossless, at about the
// bytes of libimagequant's output. The format is PNG's simplest form: one IHDR, PLTE, IDAT, IEND.
// Plain JavaScript, like card-render.mjs, which the card threads load without a TypeScript loader.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG's colour type 3: every pixel is an index into the PLTE chunk's colours. */
const INDEXED_COLOUR = 3;
const MAX_COLOURS = 256;

/** @param {Uint8Array} rgba @param {number} pixel */
const alphaOf = (rgba, pixel) => rgba[pixel * 4 + 3];

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
 * Encodes opaque RGBA pixels (resvg's `render().pixels`: 4 bytes a pixel, alpha 255) as an
 * 8-bit palette PNG with exactly the image's colours. Returns undefined when the image has more
 * than 256 colours or any transparent pixel: the caller then quantises (card-render.mjs).
 * Rows are stored unfiltered, as PNG's specification advises for palette images.
 * @param {Uint8Array} rgba @param {number} width @param {number} height
 * @returns {Buffer | undefined}
 */
export function encodePalettePng(rgba, width, height) {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes of RGBA pixels, got ${rgba.length}`);
  // Each row starts with its filter byte (0: none), so indices are written straight into place.
  const rows = Buffer.alloc((width + 1) * height);
  // A pixel read as one 32-bit number in the machine's byte order (a view needs 4-byte alignment).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  /** @type {Map<number, number>} pixel value → palette index */
  const indexOf = new Map();
  /** @type {number[]} the pixel value of each palette index */
  const colours = [];
  // Runs of one colour are the rule (background, solid strokes): look a colour up once a run and
  // write the run with one fill (index 0, the first colour met, is already there).
  for (let y = 0, pixel = 0; y < height; y++) {
    const rowStart = y * (width + 1) + 1;
    for (let x = 0; x < width;) {
      const value = pixels[pixel];
      let end = x + 1;
      while (end < width && pixels[pixel + end - x] === value) end++;
      let index = indexOf.get(value);
      if (index === undefined) {
        if (colours.length === MAX_COLOURS || alphaOf(aligned, pixel) !== 0xff) return undefined;
        index = colours.length;
        indexOf.set(value, index);
        colours.push(pixel);
      }
      if (index !== 0) rows.fill(index, rowStart + x, rowStart + end);
      pixel += end - x;
      x = end;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = INDEXED_COLOUR;
  const palette = Buffer.alloc(colours.length * 3);
  colours.forEach((pixel, at) => palette.set(aligned.subarray(pixel * 4, pixel * 4 + 3), at * 3));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    // zlib's default level: level 9 saves ~10% of the bytes for ~8× the time.
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
