import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { cardFontFiles, loadCardFonts } from '@/lib/share-card/card-font';
import { createCardFontSet } from '@/lib/share-card/card-font-set';
import { CARD_SIZE, cardText, layoutCard } from '@/lib/share-card/card-layout';
import { renderCardPng } from '@/lib/share-card/card-render.mjs';
import { cardFontsFor, subsetFontFiles, subsetOnThread } from '@/lib/share-card/font-subset.mjs';
import { pageCard } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';
import { ROOT } from '../support';
import { loadRealPages } from './real-pages';

const markSvg = await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8');
const cards = loadRealPages().filter((p) => !p.isAlias).map((p) => pageCard(p, getStrings(p.locale.code), SITE.timeZone));
// Beside the real cards: a headline long enough to be cut with "…", and a Traditional one.
const contents = [
  ...cards.map((c) => c.content),
  { ...cards[0]!.content, title: '重庆市江津区推进主题教育走深走实 为高质量发展注入强大动力 十项举措惠及全区群众 全区上下齐心协力 共同谱写新篇章 再创佳绩 再上台阶' },
  { lang: 'zh-Hant', title: '江津區主題教育「對標對表」 呈現十大亮點', source: '來源：江津融媒體中心', date: '2024年2月7日' },
];

describe('card font subsets', () => {
  it('draw every card byte for byte as the whole fonts do (Simplified, Traditional, English, a cut headline)', async () => {
    const text = contents.map(cardText).join('');
    const files = cardFontFiles();
    const subsets = await subsetFontFiles(files, text);
    const whole = loadCardFonts();
    const subset = whole.map((font, i) => ({ ...font, data: Buffer.from(subsets[i]!) }));
    // A weight of Noto Sans SC is ~10.5 MB; its subset for these cards is a few dozen KB.
    for (const [i, data] of subsets.entries()) expect(data.length, files[i]!.path).toBeLessThan(100_000);
    expect(contents.map((c) => c.lang)).toEqual(expect.arrayContaining(['zh-Hans', 'zh-Hant', 'en']));
    for (const content of contents) {
      const tree = layoutCard(content, markSvg);
      const [a, b] = [await renderCardPng(tree, CARD_SIZE, whole), await renderCardPng(tree, CARD_SIZE, subset)];
      expect(a.equals(b), content.title).toBe(true);
    }
  });

  it('are cut on a thread of their own, which gives the same bytes', async () => {
    const files = cardFontFiles();
    expect(await subsetOnThread(files, '江津 Jiangjin')).toEqual(await subsetFontFiles(files, '江津 Jiangjin'));
  });

  it('grow with the characters covered: a newer set only after new characters', () => {
    const set = createCardFontSet();
    set.cover('江津');
    set.cover('津区');
    const first = set.current();
    expect(first.text).toBe('江津区');
    expect(first.files).toEqual(cardFontFiles());
    set.cover('江');
    expect(set.current()).toBe(first);
    set.cover('亮点');
    const second = set.current();
    expect(second.id).toBeGreaterThan(first.id);
    expect(second.text).toBe('江津区亮点');
  });

  it('fall back to the whole file when subsetting fails', async () => {
    // Not a font: HarfBuzz refuses it, and the file itself is what the thread gets.
    const notAFont = { name: 'Noto Sans SC' as const, weight: 400 as const, style: 'normal' as const, path: join(ROOT, 'README.md') };
    await expect(subsetOnThread([notAFont], '江津')).rejects.toThrow();
    const [font] = await cardFontsFor([notAFont], '江津');
    expect(font!.data.equals(await readFile(notAFont.path))).toBe(true);
    expect(font).toMatchObject({ name: 'Noto Sans SC', weight: 400, style: 'normal' });
  });
});
