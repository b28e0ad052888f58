import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureValue, loadHtml, siteDir, siteLog, visibleText } from '../support';

const ANCHORS = Array.from({ length: 10 }, (_, i) => `highlight-${String(i + 1).padStart(2, '0')}`);

describe('every locale of the Jiangjin article', () => {
  it.each([
    ['index.html', 'zh-Hans'],
    ['en/index.html', 'en'],
    ['zh-hant/index.html', 'zh-Hant'],
  ])('%s is lang=%s with the same ten section ids', async (file, lang) => {
    const $ = await loadHtml(join(siteDir('main'), file));
    expect($('html').attr('lang')).toBe(lang);
    expect($('section.highlight').map((_, s) => $(s).attr('id')).get()).toEqual(ANCHORS);
  });

  it('offers a language switcher on every page, leading to the same article elsewhere', async () => {
    for (const [file, others] of [['index.html', ['/en/', '/zh-hant/']], ['en/index.html', ['/', '/zh-hant/']], ['zh-hant/index.html', ['/', '/en/']]] as const) {
      const $ = await loadHtml(join(siteDir('main'), file));
      expect($('.lang-switcher a').map((_, a) => $(a).attr('href')).get().sort()).toEqual([...others].sort());
      expect($('.lang-switcher a').map((_, a) => $(a).attr('data-keep-hash')).get()).toHaveLength(2);
      expect($('.lang-switcher [aria-current="page"]')).toHaveLength(1);
    }
  });

  // The body's language comes from its locale folder (collections.ts renders it with langOfFile).
  it('marks the Chinese names in the English bodies as zh-Hans, and nothing in the Chinese ones', async () => {
    const en = await loadHtml(join(siteDir('main'), 'en/index.html'));
    expect(en('#highlight-01 span[lang="zh-Hans"]').map((_, s) => en(s).text()).get()).toContain('李应兰');
    expect(en('#highlight-09 span[lang="zh-Hans"]').map((_, s) => en(s).text()).get()).toEqual(expect.arrayContaining(['江理论津', '江小宣']));
    const zh = await loadHtml(join(siteDir('main'), 'index.html'));
    expect(zh('section.highlight span[lang]')).toHaveLength(0);
  });

  it('formats dates per locale in Shanghai time', async () => {
    const en = await loadHtml(join(siteDir('main'), 'en/index.html'));
    expect(en('.masthead time').text()).toMatch(/^7 February 2024/);
    const hant = await loadHtml(join(siteDir('main'), 'zh-hant/index.html'));
    expect(hant('.masthead time').text()).toMatch(/^2024年2月7日/);
  });

  it('converts the Traditional edition at build time and says so', async () => {
    const $ = await loadHtml(join(siteDir('main'), 'zh-hant/index.html'));
    const text = visibleText($);
    expect(text).toContain('關鍵少數');
    expect(text).toContain('江津融媒體中心');
    expect(text).not.toContain('关键少数');
    expect(text).toContain('OpenCC');
  });
});

describe('a highlight without translation falls back on its own, not the whole page', () => {
  const dist = siteDir('two-articles');
  it('shows the translated highlight in English and the missing one in Chinese with lang and a notice', async () => {
    const $ = await loadHtml(join(dist, 'en/index.html'));
    expect($('#highlight-01 .highlight-body').attr('lang')).toBeUndefined();
    expect($('#highlight-01 .notice')).toHaveLength(0);
    expect($('#highlight-02 .highlight-body').attr('lang')).toBe('zh-Hans');
    expect($('#highlight-02 .highlight-title').attr('lang')).toBe('zh-Hans');
    expect($('#highlight-02 .notice').text()).toMatch(/not been translated/);
    expect($('#highlight-02').text()).toContain('新报道亮点2的正文');
  });
  it('lists every missing translation as a build warning', () => {
    const log = readFileSync(siteLog('two-articles'), 'utf8');
    // One warning per missing file: where to create it, and in both languages what it is.
    expect(log).toMatch(/warning\[highlight-untranslated\]\s+\S*newer-report\/en\/02\.md — 亮点 2 没有 en 译文.* \/ Highlight 2 has no en translation/);
    expect(log).not.toMatch(/newer-report\/en\/01\.md|Highlight 1 has no en translation/);
  });
});

describe('a further locale is added by a content folder’s site.json alone', () => {
  const dist = siteDir('extra-locale');
  it('builds the Hong Kong edition at /zh-hk/ with OpenCC and the Traditional dictionary', async () => {
    const $ = await loadHtml(join(dist, 'zh-hk/index.html'));
    expect($('html').attr('lang')).toBe('zh-Hant-HK');
    expect($('h1').text()).toBe('舊報道 兩大亮點');
    expect($('#contents-heading').text()).toBe('目錄');
  });
  it('links it from the switcher of the other editions', async () => {
    const $ = await loadHtml(join(dist, 'index.html'));
    expect($('.lang-switcher a').map((_, a) => $(a).attr('href')).get()).toContain('/zh-hk/');
  });
});

describe('every edition is faithful (issue 13)', () => {
  const main = siteDir('main');
  const raw = (file: string) => readFileSync(join(main, file), 'utf8');

  it('zh-Hant has 對標對表 and 以學促幹, none of OpenCC’s 對錶, 促乾, 紅巖 — in text, metadata and feed', async () => {
    const $ = await loadHtml(join(main, 'zh-hant/index.html'));
    const text = visibleText($);
    expect(text).toContain('對標對表');
    expect(text).toContain('以學促幹');
    expect(text).toContain('紅岩黨員示範崗');
    for (const source of [raw('zh-hant/index.html'), raw('zh-hant/rss.xml')]) {
      for (const wrong of ['對錶', '促乾', '紅巖']) expect(source).not.toContain(wrong);
    }
    expect($('meta[name="description"]').attr('content')).toContain('對標對表');
  });

  it('zh-Hant sets Taiwan quotation marks 「」『』 and no mainland “” ‘’', async () => {
    const $ = await loadHtml(join(main, 'zh-hant/index.html'));
    const text = visibleText($);
    expect(text).toContain('「關鍵少數」');
    expect(text).toContain('「『江理論津』區委講師團');
    expect(text).not.toMatch(/[“”‘’]/u);
  });

  it('the 4.3亿元 figure keeps its 约 on the Chinese page and says “about 430 million” in English, tile and text', async () => {
    const zh = await loadHtml(join(main, 'index.html'));
    // The tile sets the qualifier apart from the number (span.figure-qualifier), in the same <dd>.
    const amounts = (page: typeof zh, sel: string) => page(sel).map((_, e) => page(e).text().replace(/\s+/g, ' ').trim()).get();
    expect(amounts(zh, '#highlight-07 .figures dd')).toContain('约4.3亿元');
    expect(zh('#highlight-07 .highlight-body').text()).toContain('约4.3亿元');
    const hant = await loadHtml(join(main, 'zh-hant/index.html'));
    expect(amounts(hant, '#highlight-07 .figures dd')).toContain('約4.3億元');
    const en = await loadHtml(join(main, 'en/index.html'));
    expect(amounts(en, '#highlight-07 .figures dd')).toContain('about 430 million yuan');
    expect(en('#highlight-07 .highlight-body').text()).toContain('about 430 million yuan');
  });

  it('renders every qualifier its locale’s way: 7万余 / 70,000+, 30余万 keeps its own 余, 突破1400亿元 / over 140 billion', async () => {
    const zh = await loadHtml(join(main, 'index.html'));
    // The value is the <dd>'s own text; the unit is its other span.
    const shown = (page: typeof zh) => page('.figures dd').map((_, e) => `${page(e).find('.figure-qualifier').text()}${figureValue(page, e)}`.replace(/\s+/g, ' ').trim()).get();
    const zhValues = shown(zh);
    expect(zhValues).toEqual(expect.arrayContaining(['7万余', '2400余', '100余', '30余万', '突破1400']));
    expect(zhValues).not.toContain('30余万余');
    const en = await loadHtml(join(main, 'en/index.html'));
    expect(shown(en)).toEqual(expect.arrayContaining(['70,000+', '300,000+', 'over 140 billion']));
  });

  it('counts 人次 as listens, never listeners, and key-figure tiles read as phrases', async () => {
    const en = await loadHtml(join(main, 'en/index.html'));
    expect(visibleText(en)).not.toMatch(/listeners/i);
    // A key-figure tile reads as a phrase: amount, then what it counts.
    const tiles = (page: typeof en) => page('.figures > div').map((_, e) => `${page(e).find('dd').text()} ${page(e).find('dt').text()}`.replace(/\s+/g, ' ').trim()).get();
    expect(tiles(en)).toContain('54 heart-to-heart talks held');
    expect(tiles(en)).toContain('70,000+ copies of prescribed books distributed');
    const zh = await loadHtml(join(main, 'index.html'));
    expect(tiles(zh)).toContain('7万余册 规定书目征订配发');
  });

  it('the English page says it is a translation, names its translator in the credits and gives Beijing time', async () => {
    const en = await loadHtml(join(main, 'en/index.html'));
    expect(en('.masthead .translation-note').text()).toBe('Translated from the Chinese original by the English edition desk.');
    expect(en('.site-footer .credits').text()).toContain('Translation: the English edition desk');
    expect(en('.masthead time').text()).toBe('7 February 2024 at 09:36 (Beijing time)');
    const zh = await loadHtml(join(main, 'index.html'));
    expect(zh('.masthead .translation-note')).toHaveLength(0);
  });

  it('prints no byline the source does not print: its credits stay in the closing block', async () => {
    for (const file of ['index.html', 'en/index.html', 'zh-hant/index.html']) {
      const $ = await loadHtml(join(main, file));
      expect($('.masthead .byline'), file).toHaveLength(0);
    }
  });
});
