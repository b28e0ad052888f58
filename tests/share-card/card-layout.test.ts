import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { CARD_SIZE, cardText, fitTitleSize, fitsOneLine, fontStack, layoutCard, type CardNode } from '@/lib/share-card/card-layout';
import { loadCardFonts } from '@/lib/share-card/card-font';
import { pageCard } from '@/lib/share-card/page-cards';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { renderCardSvg } from '@/lib/share-card/card-render.mjs';
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

  it('gives each page one card, at the path its og:image names, with the headline, source and local date', () => {
    const card = pageCard(zh, getStrings('zh-hans'), SITE.timeZone);
    expect(card.path).toBe(`cards/${zh.article}.png`);
    expect(card.content).toMatchObject({ lang: 'zh-Hans', title: zh.meta.headline, source: `来源：${zh.meta.source}`, date: '2024年2月7日' });
    expect(Object.keys(card.content).sort()).toEqual(['date', 'lang', 'source', 'title']);
    const enCard = pageCard(en, getStrings('en'), SITE.timeZone);
    expect(enCard.path).toBe(`cards/en/${en.article}.png`);
    expect(enCard.content).toMatchObject({ lang: 'en', title: en.meta.headline, date: '7 February 2024' });
  });

  it('gives an alias page its canonical page\'s card', () => {
    const alias = pages.find((p) => p.isAlias && p.locale.code === 'zh-hans')!;
    expect(alias.path).not.toBe('');
    expect(pageCard(alias, getStrings('zh-hans'), SITE.timeZone).path).toBe(`cards/${alias.article}.png`);
  });

  it('lists in cardText every string the layout draws, so the font coverage test can never miss one', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const card = pageCard(page, getStrings(page.locale.code), SITE.timeZone);
      const drawn = strings(layoutCard(card.content, markSvg)).join('');
      const listed = new Set(cardText(card.content));
      expect([...drawn].filter((ch) => !listed.has(ch)), card.path).toEqual([]);
    }
  });

  it.each([
    [['江津区主题教育', '呈现十大亮点'], 2, [104, 96], 104],
    [['江津区主题教育呈现十大亮点'], 1, [72, 64], 64],
    [['江津区主题教育呈现十大亮点'], 1, [80, 72], undefined],
    [['江津区主题教育', '呈现十大亮点'], 1, [80, 72], undefined],
    [['Jiangjin District’s theme education campaign delivers ten highlights'], 3, [104, 96, 88, 80, 72], 72],
    [['Jiangjin District’s theme education campaign delivers ten highlights'], 2, [80, 72, 64, 56, 48], 48],
    [['Jiangjin District’s theme education campaign delivers ten highlights'], 1, [80, 72], undefined],
  ] as const)('fits %j in %i line(s) at the largest size that fits', (parts, lines, sizes, expected) => {
    expect(fitTitleSize([...parts], lines, [...sizes])).toBe(expected);
  });

  it('balances only title parts that may wrap: a part sure to fit on one line is drawn exactly as balanced', async () => {
    const fonts = loadCardFonts();
    /** The tree with every title part balanced, as before the one-line test. */
    const balanced = (node: CardNode): CardNode => ({
      ...node,
      props: {
        ...node.props,
        style: node.props.style?.fontWeight === 700 && typeof node.props.children === 'string' && node.props.style.lineClamp === undefined
          ? { ...node.props.style, textWrap: 'balance' } : node.props.style,
        children: Array.isArray(node.props.children) ? node.props.children.map((c) => (typeof c === 'string' ? c : balanced(c)))
          : typeof node.props.children === 'object' ? balanced(node.props.children) : node.props.children,
      },
    });
    const titles = [zh.meta.headline, '完善长效机制上下功夫 呈现十大亮点', '区委书记切实履行第一责任人职责（十二字以上的长标题）呈现十大亮点', '江津区“四个聚焦”推动主题教育见行见效', '〇一二三四五六七八九十一', '呈现十大亮点'];
    let skipped = 0;
    for (const title of titles) {
      const tree = layoutCard({ lang: 'zh-Hans', title, source: '来源：江津融媒体中心', date: '2024年2月7日' }, markSvg);
      skipped += JSON.stringify(tree).split('"fontWeight":700').length - JSON.stringify(tree).split('"textWrap":"balance"').length;
      expect(await renderCardSvg(tree, CARD_SIZE, fonts), title).toBe(await renderCardSvg(balanced(tree), CARD_SIZE, fonts));
    }
    expect(skipped).toBeGreaterThan(3);
    expect(fitsOneLine('呈现十大亮点', 88)).toBe(true);
    // 12 characters at 88 px are 1,056 px: wider than the 1,028 px column.
    expect(fitsOneLine('〇一二三四五六七八九十一', 88)).toBe(false);
    // Latin letters and curly quotes are not measured: balanced.
    expect(fitsOneLine('Ten highlights', 88)).toBe(false);
    expect(fitsOneLine('“四个聚焦”', 88)).toBe(false);
  });

  it('draws the site mark from a PNG rasterised once at its drawn size, looking as its SVG does', async () => {
    const fonts = loadCardFonts();
    const tree = layoutCard(pageCard(zh, getStrings('zh-hans'), SITE.timeZone).content, markSvg);
    const svg = await renderCardSvg(tree, CARD_SIZE, fonts);
    expect(svg).toContain('data:image/png;base64,');
    expect(svg).not.toContain('data:image/svg+xml');
    // satori on the tree as laid out: the mark as an SVG image.
    const reference = await satori(tree as never, { ...CARD_SIZE, fonts });
    expect(reference).toContain('data:image/svg+xml');
    const [ours, theirs] = [svg, reference].map((text) => new Resvg(text, { font: { loadSystemFonts: false } }).render().pixels);
    const differing: number[] = [];
    for (let i = 0; i < ours!.length; i++) if (ours![i] !== theirs![i]) differing.push(i);
    // A few antialiased pixels of the mark's rounded corner, a shade apart; nothing outside the mark.
    expect(differing.length).toBeLessThanOrEqual(64);
    const pixel = (i: number) => ({ x: (i >> 2) % CARD_SIZE.width, y: Math.floor((i >> 2) / CARD_SIZE.width) });
    for (const i of differing) {
      expect(Math.abs(ours![i]! - theirs![i]!)).toBeLessThanOrEqual(64);
      const { x, y } = pixel(i);
      expect(x >= 92 && x < 92 + 64 && y >= 470 && y < 630, `${x},${y}`).toBe(true);
    }
  });

  it('draws the Chinese title as glyph outlines: the SVG has paths and no <text> that would need a machine font', async () => {
    const { content } = pageCard(zh, getStrings('zh-hans'), SITE.timeZone);
    const svg = await renderCardSvg(layoutCard(content, markSvg), CARD_SIZE, loadCardFonts());
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
