import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { loadCardFonts } from '@/lib/share-card/card-font';
import { CARD_SIZE, layoutCard } from '@/lib/share-card/card-layout';
import { quantisePng, renderCardPng, renderCardSvg } from '@/lib/share-card/card-render.mjs';
import { pageCard } from '@/lib/share-card/page-cards';
import { encodePalettePng, NEAR } from '@/lib/share-card/palette-png.mjs';
import { SITE } from '@/site.config';
import { ROOT } from '../support';
import { loadRealPages } from './real-pages';

const markSvg = await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8');

/** The RGB bytes sharp (libpng) decodes from a PNG. */
async function decodeRgb(png: Buffer): Promise<Buffer> {
  return await sharp(png).removeAlpha().toColourspace('srgb').raw().toBuffer();
}

/** RGB of RGBA pixels. */
function rgbOf(rgba: Uint8Array): Buffer {
  const out = Buffer.alloc((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) out.set(rgba.subarray(i, i + 3), j);
  return out;
}

/** Opaque RGBA pixels of `width` × 1 with `colours` distinct colours, 16 apart in some channel. */
function stripe(width: number, colours: number): Uint8Array {
  const rgba = new Uint8Array(width * 4);
  for (let x = 0; x < width; x++) {
    const i = x % colours;
    rgba.set([(i % 16) * 16, (Math.floor(i / 16) % 16) * 16, Math.floor(i / 256) * 16, 255], x * 4);
  }
  return rgba;
}

/** The largest difference in any channel between two RGB images. */
function maxChannelError(a: Buffer, b: Buffer): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

/** Bytes 25 (IHDR colour type) and the PLTE chunk's colour count of a PNG. */
function header(png: Buffer) {
  const plte = png.indexOf('PLTE', 8, 'latin1');
  return { colourType: png[25], paletteColours: plte < 0 ? 0 : png.readUInt32BE(plte - 4) / 3 };
}

describe("palette PNG of the card's own colours", () => {
  const cards = loadRealPages().filter((p) => !p.isAlias).map((p) => pageCard(p, getStrings(p.locale.code), SITE.timeZone));

  it('stores every real card within NEAR of what resvg drew, its flat colours exact', async () => {
    const fonts = loadCardFonts();
    for (const card of cards) {
      const image = new Resvg(await renderCardSvg(layoutCard(card.content, markSvg), CARD_SIZE, fonts), { font: { loadSystemFonts: false } }).render();
      const pixels = image.pixels;
      const png = encodePalettePng(pixels, image.width, image.height);
      expect(png, card.path).toBeDefined();
      const counts = new Map<number, number>();
      for (let i = 0; i < pixels.length; i += 4) counts.set(pixels.readUInt32BE(i), (counts.get(pixels.readUInt32BE(i)) ?? 0) + 1);
      const { colourType, paletteColours } = header(png!);
      expect(colourType, card.path).toBe(3);
      expect(paletteColours, card.path).toBeGreaterThan(16);
      expect(paletteColours, card.path).toBeLessThan(counts.size);
      const decoded = await decodeRgb(png!);
      expect(maxChannelError(decoded, rgbOf(pixels)), card.path).toBeLessThanOrEqual(NEAR);
      // The background, the text, the rule and the mark: every colour of 1,000 pixels or more is exact.
      for (let i = 0, j = 0; i < pixels.length; i += 4, j += 3) {
        if (counts.get(pixels.readUInt32BE(i))! >= 1000 && !decoded.subarray(j, j + 3).equals(pixels.subarray(i, i + 3))) {
          expect.fail(`${card.path}: a flat colour changed at pixel ${i / 4}`);
        }
      }
      expect(await sharp(png!).metadata(), card.path).toMatchObject({ format: 'png', width: 1200, height: 630 });
      // The build's path is this one: the card comes out byte for byte the same.
      expect((await renderCardPng(layoutCard(card.content, markSvg), CARD_SIZE, fonts)).equals(png!), card.path).toBe(true);
    }
  });

  it('holds 256 distinct colours exactly, and gives up on 257 or on any transparent pixel', async () => {
    const full = encodePalettePng(stripe(256, 256), 256, 1);
    expect(header(full!)).toEqual({ colourType: 3, paletteColours: 256 });
    expect((await decodeRgb(full!)).equals(rgbOf(stripe(256, 256)))).toBe(true);
    expect(encodePalettePng(stripe(257, 257), 257, 1)).toBeUndefined();
    // Shades within NEAR of a more frequent colour are drawn as it, so they need no place.
    const shades = new Uint8Array([...stripe(256, 256), ...Array.from({ length: 300 }, (_, i) => [1 + (i % 2), 0, 0, 255]).flat()]);
    const merged = encodePalettePng(shades, 556, 1)!;
    expect(header(merged)).toEqual({ colourType: 3, paletteColours: 256 });
    expect(maxChannelError(await decodeRgb(merged), rgbOf(shades))).toBeLessThanOrEqual(NEAR);
    const seeThrough = stripe(4, 4);
    seeThrough[7] = 128;
    expect(encodePalettePng(seeThrough, 4, 1)).toBeUndefined();
  });

  it('keeps rows apart: a two-row image decodes to its two rows', async () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
    const png = encodePalettePng(rgba, 2, 2)!;
    expect(await sharp(png).metadata()).toMatchObject({ width: 2, height: 2 });
    expect([...(await decodeRgb(png))]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);
  });

  it('stores a row plain or as the difference from the row above, whichever has fewer runs, and both decode', async () => {
    // Row 1 repeats row 0 (one run of zeros as differences: Up); row 2 is one colour (one run plain).
    const red = [255, 0, 0, 255];
    const blue = [0, 0, 255, 255];
    const rowsOf = [[red, blue, red, blue], [red, blue, red, blue], [blue, blue, blue, blue]];
    const rgba = new Uint8Array(rowsOf.flat(2));
    const png = encodePalettePng(rgba, 4, 3)!;
    const idat = png.indexOf('IDAT', 8, 'latin1');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect([0, 1, 2].map((y) => rows[y * 5])).toEqual([0, 2, 0]);
    expect((await decodeRgb(png)).equals(rgbOf(rgba))).toBe(true);
  });

  it('decodes to its pixels whatever the rows: random small images of a few colours, runs across rows', async () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const colours = [[255, 0, 0], [0, 0, 255], [253, 252, 249], [22, 22, 26], [200, 40, 40]];
    for (let image = 0; image < 40; image++) {
      const [width, height, used] = [1 + next(17), 1 + next(9), 1 + next(5)];
      // Mostly copies of the pixel to the left or above, as drawn images are, so both filters win rows.
      const rgba = new Uint8Array(width * height * 4);
      for (let i = 0; i < width * height; i++) {
        const from = next(3) === 0 || i === 0 ? -1 : (next(2) === 0 && i >= width ? i - width : i - 1);
        rgba.set(from < 0 ? [...colours[next(used)]!, 255] : rgba.subarray(from * 4, from * 4 + 4), i * 4);
      }
      const png = encodePalettePng(rgba, width, height)!;
      expect((await decodeRgb(png)).equals(rgbOf(rgba)), `${width}×${height}`).toBe(true);
    }
  });

  it('refuses pixels of the wrong size', () => {
    expect(() => encodePalettePng(new Uint8Array(12), 2, 2)).toThrow(RangeError);
  });

  it('quantises an image of too many colours to a palette PNG instead', async () => {
    const rgba = stripe(1000, 1000);
    const png = await quantisePng(rgba, 1000, 1);
    expect(header(png).colourType).toBe(3);
    expect(header(png).paletteColours).toBeLessThanOrEqual(256);
  });
});
