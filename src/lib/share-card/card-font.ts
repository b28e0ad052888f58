// The fonts of the share cards, kept in the repository (src/assets/fonts/, with their OFL
// licences), so no machine font is ever used and no glyph falls back to a box. Both are TTF,
// which satori reads (not WOFF2):
// - Noto Sans SC: Simplified and Traditional Chinese and Latin.
// - Source Sans 3: the Latin design Noto Sans SC is built on, with proportional quotes and
//   apostrophes; the CJK font draws ’ “ ” full-width, which breaks English words apart
//   ("District’ s").
// Why files and not an npm package: the cards use two weights of each, and no package ships only
// those as TTF (@expo-google-fonts/noto-sans-sc, where these four files come from, installs nine
// weights, 92 MB). The card threads draw with subsets of these files cut to the characters of a
// build's cards (card-font-set.ts): satori holds a parsed whole weight of Noto Sans SC in ~45 MB
// of each thread's heap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Weights the layout uses. */
export type CardFontWeight = 400 | 700;

/** Family names the layout asks for, and the file of each weight in src/assets/fonts/. */
export const CARD_FONT_FAMILIES = {
  'Noto Sans SC': { 400: 'NotoSansSC_400Regular.ttf', 700: 'NotoSansSC_700Bold.ttf' },
  'Source Sans 3': { 400: 'SourceSans3_400Regular.ttf', 700: 'SourceSans3_700Bold.ttf' },
} as const satisfies Record<string, Record<CardFontWeight, string>>;

export type CardFontFamily = keyof typeof CARD_FONT_FAMILIES;

/** The family that draws CJK text (and every character the Latin family lacks). */
export const CJK_FAMILY: CardFontFamily = 'Noto Sans SC';

/** The family that draws Latin text on cards in a non-CJK language. */
export const LATIN_FAMILY: CardFontFamily = 'Source Sans 3';

/** One font file of the cards, with the family, weight and style satori knows it by. */
export interface CardFontFile {
  name: CardFontFamily;
  weight: CardFontWeight;
  style: 'normal';
  /** Absolute path of the TTF. */
  path: string;
}

/** A font as satori's `fonts` option takes it. */
export interface CardFont extends Omit<CardFontFile, 'path'> {
  data: Buffer;
}

/**
 * Where the font files are. Resolved from the project root, not from this module: Astro bundles
 * this file into a chunk under the output folder.
 */
export const CARD_FONT_DIR = join(process.cwd(), 'src/assets/fonts');

/** Absolute path of one font file. */
export function cardFontPath(family: CardFontFamily, weight: CardFontWeight): string {
  return join(CARD_FONT_DIR, CARD_FONT_FAMILIES[family][weight]);
}

/** Every family and weight the layout uses, in a fixed order. */
export function cardFontFiles(): CardFontFile[] {
  return Object.entries(CARD_FONT_FAMILIES).flatMap(([name, weights]) => Object.keys(weights).map((w) => {
    const weight = Number(w) as CardFontWeight;
    return { name: name as CardFontFamily, weight, style: 'normal' as const, path: cardFontPath(name as CardFontFamily, weight) };
  }));
}

let loaded: CardFont[] | undefined;

/**
 * Every card font, read once per process and returned as the same array object every time:
 * satori caches the parsed fonts by that object, so only the first card pays for parsing.
 */
export function loadCardFonts(): CardFont[] {
  loaded ??= cardFontFiles().map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));
  return loaded;
}
