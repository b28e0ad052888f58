import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { addDerivedLocales, deriveLocale } from '@/lib/derived-locale';
import type { ArticleRecord, HighlightRecord } from '@/lib/site-model';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('Traditional Chinese is generated from the Simplified text with OpenCC', () => {
  it.each([
    ['发展', '發展'],
    ['头发', '頭髮'],
    ['关键少数', '關鍵少數'],
    ['江津融媒体中心', '江津融媒體中心'],
    ['主题教育', '主題教育'],
  ])('%s → %s', (simplified, traditional) => expect(toTraditional(simplified)).toBe(traditional));

  const article: ArticleRecord = {
    article: 'a', locale: 'zh-hans', headline: '江津区主题教育', source: '江津融媒体中心',
    published: new Date('2024-02-07T09:36:00+08:00'), credits: [{ role: '编辑', name: '蒲泽熙', kind: 'editor' }],
    photos: [{ caption: '鼎山街道政策宣讲进小区', credit: '鼎山街道供图' }], ledeHtml: '<p class="x">推动发展</p>',
  };
  const highlight: HighlightRecord = {
    article: 'a', locale: 'zh-hans', number: 1, title: '“关键少数”以上率下', html: '<p><a href="#highlight-01">头发</a></p>',
    figures: [{ value: '7万余', unit: '册', label: '规定书目' }],
  };
  const derived = deriveLocale({ articles: [article], highlights: [highlight] }, 'zh-hans', 'zh-hant', toTraditional);

  it('converts every text field and keeps markup, ids and numbers intact', () => {
    expect(derived.articles[0]).toMatchObject({
      locale: 'zh-hant', headline: '江津區主題教育', source: '江津融媒體中心', ledeHtml: '<p class="x">推動發展</p>',
      credits: [{ role: '編輯', name: '蒲澤熙', kind: 'editor' }],
    });
    expect(derived.highlights[0]).toMatchObject({
      locale: 'zh-hant', number: 1, title: '“關鍵少數”以上率下', html: '<p><a href="#highlight-01">頭髮</a></p>',
      figures: [{ value: '7萬餘', unit: '冊', label: '規定書目' }],
    });
  });
  it('leaves the source records untouched', () => expect(article.headline).toBe('江津区主题教育'));
});

describe('addDerivedLocales', () => {
  it('adds one set of records per OpenCC locale of the config and none for file locales', () => {
    const article = {
      article: 'a', locale: 'zh-hans', headline: '发展', source: 's', published: new Date(0),
      photos: [], credits: [], ledeHtml: '',
    } satisfies ArticleRecord;
    const { articles } = addDerivedLocales({ articles: [article], highlights: [] }, [
      { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
      { code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } } },
      { code: 'zh-hk', lang: 'zh-Hant-HK', ogLocale: 'zh_HK', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'hk' } } },
    ], OpenCC.Converter);
    expect(articles.map((a) => [a.locale, a.headline])).toEqual([['zh-hans', '发展'], ['zh-hant', '發展'], ['zh-hk', '發展']]);
  });
});
