// `npx tsx tests/bench/cards.ts [--rounds 10]`: the stages of drawing a share card and the ways to
// turn its SVG into a PNG — sharp (librsvg) or resvg (with and without its scan of the machine's
// fonts) to rasterise; full-colour PNG, sharp's quantised palette PNG or the palette PNG of
// palette-png.mjs to encode — on the real pages' cards, interleaved in each
// round so machine load hits all alike. Prints the one-off font costs, then ms per card and KB.
// The build uses the row marked "(build)" (src/lib/share-card/card-render.mjs).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { getStrings } from '@/i18n';
import { loadCardFonts } from '@/lib/share-card/card-font';
import { CARD_SIZE, layoutCard } from '@/lib/share-card/card-layout';
import { renderCardPng, renderCardSvg } from '@/lib/share-card/card-render.mjs';
import { encodePalettePng } from '@/lib/share-card/palette-png.mjs';
import { pageCard } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';
import { loadRealPages } from '../share-card/real-pages';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rounds = Number(parseArgs({ options: { rounds: { type: 'string', default: '10' } } }).values.rounds);

const cards = loadRealPages().filter((p) => !p.isAlias).map((p) => pageCard(p, getStrings(p.locale.code), SITE.timeZone));
const markSvg = await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8');
const trees = cards.map((c) => layoutCard(c.content, markSvg));
// One-off costs per drawing thread: reading the four font files, and satori parsing them on the
// first card (later cards reuse the parsed fonts: same array object).
let started = performance.now();
const fonts = loadCardFonts();
const readMs = performance.now() - started;
started = performance.now();
await renderCardSvg(trees[0]!, CARD_SIZE, fonts);
const firstCardMs = performance.now() - started;
const svgs = await Promise.all(trees.map((t) => renderCardSvg(t, CARD_SIZE, fonts)));
const NO_SYSTEM_FONTS = { font: { loadSystemFonts: false } };
const raw = (png: { pixels: Buffer; width: number; height: number }) =>
  sharp(png.pixels, { raw: { width: png.width, height: png.height, channels: 4 } }).removeAlpha();
const PALETTE = { palette: true, effort: 1, dither: 0 } as const;
const pixels = svgs.map((svg) => new Resvg(svg, NO_SYSTEM_FONTS).render());
// `pixels` is a getter that copies the image each time it is read.
const rgba = pixels.map((image) => ({ pixels: image.pixels, width: image.width, height: image.height }));
// The system-font scan changes no pixel: the SVG has no text.
if (svgs.some((svg, i) => !Buffer.from(new Resvg(svg).render().pixels).equals(Buffer.from(pixels[i]!.pixels)))) {
  throw new Error('resvg drew different pixels without the system fonts: the card SVG has text?');
}

const variants: Record<string, (i: number) => Promise<Buffer>> = {
  'satori only (SVG)': async (i) => Buffer.from(await renderCardSvg(trees[i]!, CARD_SIZE, fonts)),
  'sharp rasterise only': (i) => sharp(Buffer.from(svgs[i]!)).raw().toBuffer(),
  'resvg rasterise only, scanning system fonts (its default)': async (i) => Buffer.from(new Resvg(svgs[i]!).render().pixels),
  'resvg rasterise only': async (i) => Buffer.from(new Resvg(svgs[i]!, NO_SYSTEM_FONTS).render().pixels),
  'palette encode only (sharp, from resvg pixels)': (i) => raw(rgba[i]!).png(PALETTE).toBuffer(),
  'own-colour palette encode only (palette-png.mjs, from resvg pixels)': async (i) => encodePalettePng(rgba[i]!.pixels, rgba[i]!.width, rgba[i]!.height)!,
  'sharp → PNG': (i) => sharp(Buffer.from(svgs[i]!)).png().toBuffer(),
  'sharp → palette PNG': (i) => sharp(Buffer.from(svgs[i]!)).png(PALETTE).toBuffer(),
  'resvg → PNG': async (i) => Buffer.from(new Resvg(svgs[i]!, NO_SYSTEM_FONTS).render().asPng()),
  'resvg → sharp palette PNG': (i) => raw(new Resvg(svgs[i]!, NO_SYSTEM_FONTS).render()).png(PALETTE).toBuffer(),
  'satori → resvg scanning system fonts → sharp palette PNG (the build two rounds before)': async (i) =>
    raw(new Resvg(await renderCardSvg(trees[i]!, CARD_SIZE, fonts)).render()).png(PALETTE).toBuffer(),
  'satori → resvg → sharp palette PNG (the build before)': async (i) => raw(new Resvg(await renderCardSvg(trees[i]!, CARD_SIZE, fonts), NO_SYSTEM_FONTS).render()).png(PALETTE).toBuffer(),
  'resvg → own-colour palette PNG': async (i) => { const image = new Resvg(svgs[i]!, NO_SYSTEM_FONTS).render(); return encodePalettePng(image.pixels, image.width, image.height)!; },
  'satori → resvg → own-colour palette PNG (build)': (i) => renderCardPng(trees[i]!, CARD_SIZE, fonts),
};
const times = new Map<string, number[]>(Object.keys(variants).map((k) => [k, []]));
const sizes = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(variants)) {
    for (let i = 0; i < cards.length; i++) {
      started = performance.now();
      const out = await run(i);
      times.get(name)!.push(performance.now() - started);
      if (round === 0) sizes.set(name, [...(sizes.get(name) ?? []), out.length]);
    }
  }
}
console.log(`Card rendering — ${new Date().toISOString()}, ${cards.length} real cards × ${rounds} rounds, median ms per card\n`);
console.log(`Once per thread: read the font files ${readMs.toFixed(0)} ms; first card (satori parses the fonts) ${firstCardMs.toFixed(0)} ms\n`);
console.log('| variant | ms/card | KB avg | KB max |\n| --- | --- | --- | --- |');
for (const name of Object.keys(variants)) {
  const kb = sizes.get(name)!;
  const isImage = !name.includes('only');
  console.log(`| ${name} | ${median(times.get(name)!).toFixed(1)} | ${isImage ? (kb.reduce((a, b) => a + b, 0) / kb.length / 1000).toFixed(1) : ''} | ${isImage ? (Math.max(...kb) / 1000).toFixed(1) : ''} |`);
}
