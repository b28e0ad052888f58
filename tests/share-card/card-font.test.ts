import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { cardText, fontStack } from '@/lib/share-card/card-layout';
import { CARD_FONT_DIR, CJK_FAMILY, LATIN_FAMILY, cardFontFiles, cardFontPath, loadCardFonts, type CardFont } from '@/lib/share-card/card-font';
import { pageCard } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';
import { ROOT } from '../support';
import { loadRealPages } from './real-pages';

/** Characters of `text` that none of `fonts` has a glyph for (satori would draw nothing or a box). */
function uncovered(fonts: Buffer[], text: string): string[] {
  const parsed = fonts.map((f) => fontkit.create(f) as fontkit.Font);
  return [...new Set(text)].filter((ch) => !parsed.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)));
}

/** The fonts a card's font stack lists, at one weight, in stack order. */
function stackFonts(fonts: CardFont[], lang: string, weight: number): Buffer[] {
  return fontStack(lang).split(',').map((name) => name.trim().replace(/'/g, ''))
    .map((name) => fonts.find((f) => f.name === name && f.weight === weight)!.data);
}

describe('card fonts', () => {
  const pages = loadRealPages();
  // Every locale, the root alias included: Simplified, Traditional (OpenCC) and English text.
  const locales = [...new Set(pages.map((p) => p.locale.code))];

  it('live in src/assets/fonts as TrueType files with their licences; the CJK one covers Simplified, Traditional and Latin in full', async () => {
    expect(CARD_FONT_DIR).toBe(join(ROOT, 'src/assets/fonts'));
    expect((await readdir(CARD_FONT_DIR)).sort()).toEqual([
      'NotoSansSC-OFL.txt', 'NotoSansSC_400Regular.ttf', 'NotoSansSC_700Bold.ttf',
      'SourceSans3-OFL.txt', 'SourceSans3_400Regular.ttf', 'SourceSans3_700Bold.ttf',
    ]);
    for (const licence of ['NotoSansSC-OFL.txt', 'SourceSans3-OFL.txt']) {
      expect(await readFile(join(CARD_FONT_DIR, licence), 'utf8')).toContain('SIL Open Font License, Version 1.1');
    }
    for (const { path } of cardFontFiles()) {
      // sfnt version 0x00010000: TrueType outlines, which satori reads (it cannot read WOFF2).
      expect((await readFile(path)).readUInt32BE(0), path).toBe(0x00010000);
    }
    const cjk = await readFile(cardFontPath(CJK_FAMILY, 700));
    expect(uncovered([cjk], '亮点区题现头发发展 亮點區題現頭髮發展 Highlight 5 — “”’:,。、…')).toEqual([]);
    const latin = await readFile(cardFontPath(LATIN_FAMILY, 700));
    expect(uncovered([latin], 'Jiangjin District’s “four visits” 7 February 2024…')).toEqual([]);
  });

  it.each(locales)('cover every character drawn on the cards of the %s pages, at both weights', (locale) => {
    const fonts = loadCardFonts();
    const own = pages.filter((p) => !p.isAlias && p.locale.code === locale).map((p) => pageCard(p, getStrings(locale), SITE.timeZone));
    expect(own.length).toBeGreaterThan(0);
    for (const card of own) {
      for (const weight of [400, 700]) {
        expect(uncovered(stackFonts(fonts, card.content.lang, weight), cardText(card.content)), `${card.path} @${weight}`).toEqual([]);
      }
    }
  });

  it('are read once per process and handed out as the same array object, which satori caches parsed fonts by', () => {
    const fonts = loadCardFonts();
    expect(loadCardFonts()).toBe(fonts);
    expect(fonts.map((f) => `${f.name} ${f.weight}`)).toEqual(['Noto Sans SC 400', 'Noto Sans SC 700', 'Source Sans 3 400', 'Source Sans 3 700']);
  });
});
