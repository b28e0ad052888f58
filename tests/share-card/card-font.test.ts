import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { cardText, fontStack } from '@/lib/share-card/card-layout';
import { CJK_FAMILY, LATIN_FAMILY, cardFontPath, characterSet, loadCardFonts, type CardFont } from '@/lib/share-card/card-font';
import { cardsText, pageCard } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';
import { loadRealPages } from './real-pages';

/** Characters of `text` that none of `fonts` has a glyph for (satori would draw nothing or a box). */
function uncovered(fonts: Buffer[], text: string): string[] {
  const parsed = fonts.map((f) => fontkit.create(f) as fontkit.Font);
  return [...new Set(text)].filter((ch) => !parsed.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)));
}

/** The subset fonts a card's font stack lists, at one weight, in stack order. */
function stackFonts(fonts: CardFont[], lang: string, weight: number): Buffer[] {
  return fontStack(lang).split(',').map((name) => name.trim().replace(/'/g, ''))
    .map((name) => fonts.find((f) => f.name === name && f.weight === weight)!.data);
}

describe('card fonts', () => {
  const pages = loadRealPages();
  // Every locale, the root alias included: Simplified, Traditional (OpenCC) and English text.
  const locales = [...new Set(pages.map((p) => p.locale.code))];

  it('come from npm; the CJK one covers Simplified, Traditional and Latin in full', async () => {
    const full = await readFile(cardFontPath(CJK_FAMILY, 700));
    expect(uncovered([full], '亮点区题现头发发展 亮點區題現頭髮發展 Highlight 5 — “”’:,。、…')).toEqual([]);
    const latin = await readFile(cardFontPath(LATIN_FAMILY, 700));
    expect(uncovered([latin], 'Jiangjin District’s “four visits” 7 February 2024…')).toEqual([]);
  });

  it.each(locales)('cover every character drawn on the cards of the %s pages, at both weights, with the subset the build draws them with', async (locale) => {
    const canonical = pages.filter((p) => !p.isAlias);
    // The same font set the build draws every card with (drawCards: one subset per site).
    const fonts = await loadCardFonts(cardsText(canonical.map((p) => pageCard(p, getStrings(p.locale.code), SITE.timeZone))));
    const own = canonical.filter((p) => p.locale.code === locale).map((p) => pageCard(p, getStrings(locale), SITE.timeZone));
    expect(own.length).toBeGreaterThan(0);
    for (const card of own) {
      for (const weight of [400, 700]) {
        expect(uncovered(stackFonts(fonts, card.content.lang, weight), cardText(card.content)), `${card.path} @${weight}`).toEqual([]);
      }
    }
  });

  it('are subset: characters the cards do not draw are left out, and each file is a small part of the original', async () => {
    const fonts = await loadCardFonts('江津区主题教育 Highlight 5');
    const cjk = fonts.find((f) => f.name === CJK_FAMILY && f.weight === 400)!;
    expect(uncovered([cjk.data], '龘鑫Q江')).toEqual(['龘', '鑫', 'Q']);
    expect(cjk.data.length).toBeLessThan((await readFile(cardFontPath(CJK_FAMILY, 400))).length / 100);
    const latin = fonts.find((f) => f.name === LATIN_FAMILY && f.weight === 700)!;
    expect(uncovered([latin.data], 'HQ')).toEqual(['Q']);
  });

  it('are subset once per character set: the same characters in any order give the same cached fonts', async () => {
    expect(characterSet('亮点五 亮点')).toBe(' 五亮点');
    expect(await loadCardFonts('亮点五')).toBe(await loadCardFonts('五点亮五'));
  });
});
