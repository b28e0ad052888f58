// The fonts of the share cards, from npm, subset to the characters a card draws, so no machine
// font is ever used and no glyph falls back to a box. Both ship as TTF, which satori reads:
// - Noto Sans SC (@expo-google-fonts/noto-sans-sc): Simplified and Traditional Chinese and Latin.
// - Source Sans 3 (@expo-google-fonts/source-sans-3): the Latin design Noto Sans SC is built on,
//   with proportional quotes and apostrophes; the CJK font draws ’ “ ” full-width, which breaks
//   English words apart ("District’ s").
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/** Weights the layout uses. */
export type CardFontWeight = 400 | 700;

/** Family names the layout asks for, and the file of each weight in its npm package. */
export const CARD_FONT_FAMILIES = {
  'Noto Sans SC': {
    400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  'Source Sans 3': {
    400: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
    700: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
  },
} as const satisfies Record<string, Record<CardFontWeight, string>>;

export type CardFontFamily = keyof typeof CARD_FONT_FAMILIES;

/** The family that draws CJK text (and every character the Latin family lacks). */
export const CJK_FAMILY: CardFontFamily = 'Noto Sans SC';

/** The family that draws Latin text on cards in a non-CJK language. */
export const LATIN_FAMILY: CardFontFamily = 'Source Sans 3';

/** A font as satori's `fonts` option takes it. */
export interface CardFont {
  name: CardFontFamily;
  data: Buffer;
  weight: CardFontWeight;
  style: 'normal';
}

// Resolved from the project root, not from this module: Astro bundles this file into a chunk
// under the output folder, from where node_modules may not be reachable.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** Absolute path of one font file. */
export function cardFontPath(family: CardFontFamily, weight: CardFontWeight): string {
  return requireFromRoot.resolve(CARD_FONT_FAMILIES[family][weight]);
}

// Each font file (the CJK ones are ~10 MB) is read once per build; each character set is
// subset once.
const files = new Map<string, Promise<Buffer>>();
const subsets = new Map<string, Promise<CardFont[]>>();

/** One full font file, read once per process. */
export function readCardFont(family: CardFontFamily, weight: CardFontWeight): Promise<Buffer> {
  const path = cardFontPath(family, weight);
  let file = files.get(path);
  if (!file) {
    file = readFile(path);
    files.set(path, file);
  }
  return file;
}

/**
 * The distinct characters of a text, sorted: the cache key of a subset (two texts with the same
 * characters share one subset).
 * @example characterSet('亮点五 亮点') // ' 五亮点'
 */
export function characterSet(text: string): string {
  return [...new Set(text)].sort().join('');
}

/** One font cut down to the glyphs of `text` it has (TrueType, which satori reads). */
export async function subsetCardFont(text: string, family: CardFontFamily, weight: CardFontWeight): Promise<Buffer> {
  return await subsetFont(await readCardFont(family, weight), characterSet(text), { targetFormat: 'sfnt' });
}

/** Every family and weight of the card fonts, subset to `text`, ready for satori; cached per character set. */
export function loadCardFonts(text: string): Promise<CardFont[]> {
  const key = characterSet(text);
  let fonts = subsets.get(key);
  if (!fonts) {
    const wanted = Object.entries(CARD_FONT_FAMILIES).flatMap(([name, weights]) =>
      Object.keys(weights).map((w) => ({ name: name as CardFontFamily, weight: Number(w) as CardFontWeight })));
    fonts = Promise.all(wanted.map(async ({ name, weight }) => ({
      name, weight, data: await subsetCardFont(key, name, weight), style: 'normal' as const,
    })));
    subsets.set(key, fonts);
  }
  return fonts;
}
