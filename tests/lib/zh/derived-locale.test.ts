import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { addDerivedLocales, deriveLocale, makeConverter } from '@/lib/zh/derived-locale';
import type { ArticleRecord, HighlightRecord } from '@/lib/model/site-model';

/** Plain OpenCC: what deriveLocale is given below (it converts every field with what it gets). */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** The project's converter (OpenCC plus its phrase and quote fixes), the one the build uses. */
const projectToTraditional = makeConverter({ from: 'cn', to: 'tw' });

describe('Traditional Chinese is generated from the Simplified text with OpenCC', () => {
  it.each([
    ['发展', '發展'],
    ['头发', '頭髮'],
    ['关键少数', '關鍵少數'],
    ['江津融媒体中心', '江津融媒體中心'],
    ['主题教育', '主題教育'],
  ])('%s → %s', (simplified, traditional) => expect(projectToTraditional(simplified)).toBe(traditional));

  const article: ArticleRecord = {
    article: 'a', locale: 'zh-hans', headline: '江津区主题教育', source: '江津融媒体中心',
    published: new Date('2024-02-07T09:36:00+08:00'), credits: [{ role: '编辑', name: '蒲泽熙', kind: 'editor' }],
    photos: [{ caption: '鼎山街道政策宣讲进小区', credit: '鼎山街道供图' }], ledeHtml: '<p class="x">推动发展</p>', ledeText: '推动发展', ledeMarkdown: '推动发展',
  };
  const highlight: HighlightRecord = {
    article: 'a', locale: 'zh-hans', number: 1, title: '“关键少数”以上率下', html: '<p><a href="#highlight-01">头发</a></p>', bodyMarkdown: '[头发](#highlight-01)',
    figures: [{ qualifier: 'more-than', value: '7万', unit: '册', label: '规定书目' }],
  };
  const before = structuredClone({ article, highlight });
  const derived = deriveLocale({ articles: [article], highlights: [highlight] }, 'zh-hans', 'zh-hant', toTraditional);

  it('converts every text field and keeps markup, ids and numbers intact', () => {
    expect(derived.articles[0]).toMatchObject({
      locale: 'zh-hant', headline: '江津區主題教育', source: '江津融媒體中心', ledeHtml: '<p class="x">推動發展</p>', ledeText: '推動發展', ledeMarkdown: '推動發展',
      credits: [{ role: '編輯', name: '蒲澤熙', kind: 'editor' }],
    });
    expect(derived.highlights[0]).toMatchObject({
      locale: 'zh-hant', number: 1, title: '“關鍵少數”以上率下', html: '<p><a href="#highlight-01">頭髮</a></p>', bodyMarkdown: '[頭髮](#highlight-01)',
      figures: [{ qualifier: 'more-than', value: '7萬', unit: '冊', label: '規定書目' }],
    });
  });
  it('leaves the source records untouched, nested photos, credits and figures included, and shares none of them', () => {
    expect({ article, highlight }).toEqual(before);
    expect(derived.articles[0]!.photos[0]).not.toBe(article.photos[0]);
    expect(derived.articles[0]!.credits[0]).not.toBe(article.credits[0]);
    expect(derived.highlights[0]!.figures[0]).not.toBe(highlight.figures[0]);
  });
});

describe('addDerivedLocales', () => {
  it('adds one set of records per OpenCC locale of the config and none for file locales', () => {
    const article = {
      article: 'a', locale: 'zh-hans', headline: '发展', source: 's', published: new Date(0),
      photos: [], credits: [], ledeHtml: '', ledeText: '', ledeMarkdown: '',
    } satisfies ArticleRecord;
    const { articles } = addDerivedLocales({ articles: [article], highlights: [] }, [
      { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
      { code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } } },
      { code: 'zh-hk', lang: 'zh-Hant-HK', ogLocale: 'zh_HK', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'hk' } } },
    ], OpenCC.Converter);
    expect(articles.map((a) => [a.locale, a.headline])).toEqual([['zh-hans', '发展'], ['zh-hant', '發展'], ['zh-hk', '發展']]);
  });
});

describe('the project converter fixes what OpenCC’s generic phrases get wrong', () => {
  const tw = makeConverter({ from: 'cn', to: 'tw' });
  const hk = makeConverter({ from: 'cn', to: 'hk' });
  it.each([
    // The three failures of the Jiangjin article (plain OpenCC: 對標對錶, 以學促乾等, 紅巖).
    ['锚定根本任务、目标任务,对标对表,高标准谋划', '錨定根本任務、目標任務,對標對表,高標準謀劃'],
    ['在以学铸魂、以学增智、以学正风、以学促干等方面取得良好成效', '在以學鑄魂、以學增智、以學正風、以學促幹等方面取得良好成效'],
    ['累计设立红岩党员示范岗1200余个', '累計設立紅岩黨員示範崗1200餘個'],
    // The same trap in other slogans: 干等 must not swallow 干 = 幹.
    ['实干等方面', '實幹等方面'],
    ['苦干等', '苦幹等'],
    // OpenCC's own right answers stay.
    ['头发', '頭髮'], ['发展', '發展'], ['手表', '手錶'], ['干净', '乾淨'], ['干部', '幹部'], ['面条', '麵條'],
    ['一方面', '一方面'], ['制造', '製造'], ['制度', '制度'], ['一只', '一隻'], ['联系', '聯繫'], ['关系', '關係'],
  ])('%s → %s', (simplified, traditional) => expect(tw(simplified)).toBe(traditional));

  it('sets Taiwan and Hong Kong quotation marks: 「」 outside, 『』 inside', () => {
    expect(tw('组建“‘江理论津’区委讲师团”')).toBe('組建「『江理論津』區委講師團」');
    expect(hk('“关键少数”')).toBe('「關鍵少數」');
  });
  it('keeps Hong Kong’s own character forms (裏, not Taiwan’s 裡)', () => expect(hk('往深里走')).toBe('往深裏走'));
  it('leaves ASCII markup alone', () => expect(tw('<p class="x" title="t">“发展”</p>')).toBe('<p class="x" title="t">「發展」</p>'));
  it('is what addDerivedLocales uses by default', () => {
    const article = { article: 'a', locale: 'zh-hans', headline: '对标对表', source: 's', published: new Date(0), photos: [], credits: [], ledeHtml: '', ledeText: '', ledeMarkdown: '' } satisfies ArticleRecord;
    const { articles } = addDerivedLocales({ articles: [article], highlights: [] }, [
      { code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } } },
    ]);
    expect(articles.at(-1)?.headline).toBe('對標對表');
  });
});
