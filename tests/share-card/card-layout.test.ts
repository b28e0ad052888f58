import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { cardText, fitTitleSize, fontStack, layoutCard, type CardNode } from '@/lib/share-card/card-layout';
import { loadCardFonts } from '@/lib/share-card/card-font';
import { listPageCards } from '@/lib/share-card/page-cards';
import { renderCardSvg } from '@/lib/share-card/render-card';
import { SITE } from '@/site.config';
import { ROOT } from '../support';
import { loadRealPages } from './real-pages';

/** Every text the tree draws. */
function strings(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(strings);
}

const pages = loadRealPages();
const markSvg = await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8');

describe('card content and layout', () => {
  const zh = pages.find((p) => p.locale.code === 'zh-hans' && p.isRoot && !p.isAlias)!;
  const en = pages.find((p) => p.locale.code === 'en' && p.isRoot && !p.isAlias)!;

  it('labels a highlight card with the locale\'s kicker and shows the highlight title with the article headline', () => {
    const [, , , , , five] = listPageCards(zh, getStrings('zh-hans'), SITE.timeZone);
    expect(five!.path).toBe('cards/highlight-05.png');
    expect(five!.content).toMatchObject({ kicker: '亮点五', title: zh.highlights[4]!.title, context: zh.meta.headline, date: '2024年2月7日' });
    const enFive = listPageCards(en, getStrings('en'), SITE.timeZone)[5]!;
    expect(enFive.path).toBe('cards/en/highlight-05.png');
    expect(enFive.content).toMatchObject({ kicker: 'Highlight 5', date: '7 February 2024' });
  });

  it('gives the article card the headline, the source line and no kicker', () => {
    const [card] = listPageCards(zh, getStrings('zh-hans'), SITE.timeZone);
    expect(card!.path).toBe('cards/index.png');
    expect(card!.content.kicker).toBeUndefined();
    expect(card!.content.title).toBe(zh.meta.headline);
    expect(card!.content.source).toBe(`来源：${zh.meta.source}`);
  });

  it('lists in cardText every string the layout draws, so the font subset can never miss one', () => {
    for (const page of pages) {
      for (const card of listPageCards(page, getStrings(page.locale.code), SITE.timeZone)) {
        const drawn = strings(layoutCard(card.content, markSvg)).join('');
        const listed = new Set(cardText(card.content));
        expect([...drawn].filter((ch) => !listed.has(ch)), card.path).toEqual([]);
      }
    }
  });

  it.each([
    ['江津区主题教育 呈现十大亮点', 1, [80, 72], 72],
    ['江津区主题教育 呈现十大亮点', 1, [80], undefined],
    ['Jiangjin District’s theme education campaign delivers ten highlights', 2, [80, 72, 64, 56], 56],
    ['Jiangjin District’s theme education campaign delivers ten highlights', 1, [80, 72], undefined],
    ['短', 3, [68, 60], 68],
  ] as const)('fits %j in %i line(s) at the largest size that fits', (title, lines, sizes, expected) => {
    expect(fitTitleSize(title, lines, [...sizes])).toBe(expected);
  });

  it('draws the Chinese title as glyph outlines: the SVG has paths and no <text> that would need a machine font', async () => {
    const [, , , , , five] = listPageCards(zh, getStrings('zh-hans'), SITE.timeZone);
    const svg = await renderCardSvg(layoutCard(five!.content, markSvg), await loadCardFonts(cardText(five!.content)));
    expect(svg).toMatch(/^<svg[^>]*width="1200"[^>]*height="630"/);
    expect(svg).not.toMatch(/<text\b/);
    expect((svg.match(/<path\b/g) ?? []).length).toBeGreaterThan(0);
  });
});

describe('font stack', () => {
  it.each([
    ['zh-Hans', "'Noto Sans SC'"],
    ['zh-Hant', "'Noto Sans SC'"],
    ['en', "'Source Sans 3', 'Noto Sans SC'"],
  ])('draws %s text with %s first', (lang, stack) => expect(fontStack(lang)).toBe(stack));
});
