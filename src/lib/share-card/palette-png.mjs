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
  /** @type {Map<number, number>} colour (RGBA bytes read as one number) → palette index */
  const indexOf = new Map();
  const view = new DataView(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  // Runs of one colour are the rule (background, solid strokes): look up only where it changes.
  let previous = -1;
  let index = 0;
  for (let y = 0, pixel = 0; y < height; y++) {
    let at = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, pixel += 4, at++) {
      const colour = view.getUint32(pixel);
      if (colour !== previous) {
        if ((colour & 0xff) !== 0xff) return undefined;
        let found = indexOf.get(colour);
        if (found === undefined) {
          if (indexOf.size === MAX_COLOURS) return undefined;
          found = indexOf.size;
          indexOf.set(colour, found);
        }
        previous = colour;
        index = found;
      }
      rows[at] = index;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = INDEXED_COLOUR;
  const palette = Buffer.alloc(indexOf.size * 3);
  for (const [colour, at] of indexOf) palette.writeUIntBE(colour >>> 8, at * 3, 3);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    // zlib's default level: level 9 saves ~10% of the bytes for ~8× the time.
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
