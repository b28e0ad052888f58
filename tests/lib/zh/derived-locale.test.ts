import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { globSync, readFileSync } from 'node:fs';
import { addDerivedLocales, addEditions, CORNER_QUOTES, deriveLocale, forgetConverters, lineByLine, makeConverter, PHRASE_FIXES } from '@/lib/zh/derived-locale';
import { createMarkdown } from '@/lib/markdown/create-markdown';
import { splitFrontmatter } from '@/lib/check/frontmatter';
import { buildPages, convertedNoticeOf, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import type { LocaleConfig } from '@/site.config';
import { getStrings } from '@/i18n';

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

// Editions of articles whose source is not Simplified Chinese (addEditions), with the real OpenCC converter.
const zhHans = getStrings('zh-hans');
const zhHant = getStrings('zh-hant');

const LOCALES: LocaleConfig[] = [
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
  { code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } } },
];
const art = (article: string, locale: string, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  article, locale, headline: `${article} 報導`, source: '某某新聞', published: new Date('2026-03-05T10:00:00+08:00'),
  photos: [], credits: [], ledeHtml: '<p>導語</p>', ledeText: '導語', ledeMarkdown: '導語', ...extra,
});
const hl = (article: string, locale: string, number: number, title: string): HighlightRecord => ({
  article, locale, number, title, figures: [], html: `<p>${title}</p>`, bodyMarkdown: title,
});

const records = {
  articles: [
    art('simplified', 'zh-hans', { headline: '简体报道', sectionLabel: '关注点{一}' }),
    art('traditional', 'zh-hant', { headline: '臺灣報導', sectionLabel: '第{一}' }),
    art('english', 'en', { headline: 'Ten things', sectionLabel: 'NUMBER {ONE}' }),
    art('translated', 'zh-hant', { headline: '臺灣報導' }), art('translated', 'en', { headline: 'A report from Taiwan' }),
  ],
  highlights: [
    hl('simplified', 'zh-hans', 1, '发展'), hl('traditional', 'zh-hant', 1, '發展觀光'), hl('traditional', 'zh-hant', 2, '頭髮'),
    hl('english', 'en', 1, 'Parks'),
    hl('translated', 'zh-hant', 1, '觀光'), hl('translated', 'zh-hant', 2, '交通'), hl('translated', 'en', 1, 'Tourism'),
  ],
};
const editions = addEditions(records, LOCALES, 'zh-hans', OpenCC.Converter);
const localesOf = (article: string) => editions.articles.filter((a) => a.article === article).map((a) => a.locale).sort();

describe('addEditions', () => {
  it('converts a Simplified source to zh-Hant as configured, with its label', () => {
    expect(localesOf('simplified')).toEqual(['zh-hans', 'zh-hant']);
    const hant = editions.articles.find((a) => a.article === 'simplified' && a.locale === 'zh-hant')!;
    expect([hant.headline, hant.sectionLabel, hant.convertedFrom]).toEqual(['簡體報道', '關注點{一}', 'zh-hans']);
  });
  it('converts a Traditional-only source to zh-Hans (tw → cn), keeping the zh-Hant files as they are', () => {
    expect(localesOf('traditional')).toEqual(['zh-hans', 'zh-hant']);
    const hans = editions.articles.find((a) => a.article === 'traditional' && a.locale === 'zh-hans')!;
    expect([hans.headline, hans.convertedFrom, hans.sectionLabel]).toEqual(['台湾报导', 'zh-hant', '第{一}']);
    expect(editions.highlights.filter((h) => h.article === 'traditional' && h.locale === 'zh-hans').map((h) => h.title)).toEqual(['发展观光', '头发']);
    const hant = editions.articles.find((a) => a.article === 'traditional' && a.locale === 'zh-hant')!;
    expect(hant.convertedFrom).toBeUndefined();
  });
  it('makes no Chinese edition of an English-only article', () => expect(localesOf('english')).toEqual(['en']));
});

describe('buildPages on those editions', () => {
  const { pages } = buildPages(editions.articles, editions.highlights, LOCALES, { defaultLocale: 'zh-hans', rootArticle: 'simplified' });
  const page = (article: string, locale: string) => pages.find((p) => p.article === article && p.locale.code === locale && !p.isAlias)!;

  it('labels every section with the source template, converted or mapped per locale', () => {
    expect(page('simplified', 'zh-hans').highlights.map((h) => h.label)).toEqual(['关注点一']);
    expect(page('simplified', 'zh-hant').highlights.map((h) => h.label)).toEqual(['關注點一']);
    expect(page('traditional', 'zh-hant').highlights.map((h) => h.label)).toEqual(['第一', '第二']);
    expect(page('traditional', 'zh-hans').highlights.map((h) => h.label)).toEqual(['第一', '第二']);
    expect(page('english', 'en').highlights.map((h) => h.label)).toEqual(['NUMBER ONE']);
  });
  it('takes the source from the files, not from a converted edition', () => {
    expect(page('traditional', 'zh-hant').sourceLocale).toBe('zh-hant');
    expect(page('traditional', 'zh-hans').sourceLocale).toBe('zh-hant');
    expect(page('english', 'en').sourceLocale).toBe('en');
  });
  it('takes a Traditional source over its English translation, and falls back to the Traditional text', () => {
    const en = page('translated', 'en');
    expect(en.sourceLocale).toBe('zh-hant');
    expect(en.highlights.map((h) => [h.label, h.title, h.translated, h.lang])).toEqual([
      ['Highlight 1', 'Tourism', true, 'en'], ['Highlight 2', '交通', false, 'zh-Hant'],
    ]);
    expect(page('translated', 'zh-hant').highlights.map((h) => h.label)).toEqual(['亮點一', '亮點二']);
  });
  it('links the English-only article from the default root page, marked as English', () => {
    const root = pages.find((p) => p.isRoot && !p.isAlias && p.locale.code === 'zh-hans')!;
    expect(root.others.find((o) => o.article === 'english')).toMatchObject({ path: 'en/english/', lang: 'en', headline: 'Ten things' });
    expect(root.others.find((o) => o.article === 'traditional')).toMatchObject({ path: 'traditional/' });
    expect(root.others.find((o) => o.article === 'traditional')?.lang).toBeUndefined();
  });
  it('serves the English-only article at /en/<id>/ and nowhere else', () => {
    expect(pages.filter((p) => p.article === 'english').map((p) => p.path)).toEqual(['en/english/']);
  });
  it('says a page is converted only where it is, and from which script', () => {
    expect(convertedNoticeOf(page('traditional', 'zh-hans'), zhHans)).toBe(zhHans.convertedFromTraditionalNotice);
    expect(convertedNoticeOf(page('simplified', 'zh-hant'), zhHant)).toBe(zhHant.convertedNotice);
    expect(convertedNoticeOf(page('traditional', 'zh-hant'), zhHant)).toBe('');
    expect(zhHans.convertedFromTraditionalNotice).not.toBe('');
  });
});

describe('lineByLine: the check and the build convert each line once', () => {
  const bodies = globSync('content/*/zh-hans/*.md').map((file) => readFileSync(file, 'utf8'));

  it('converts every real file line by line to exactly what OpenCC makes of the whole text', () => {
    const byLine = lineByLine(toTraditional, new Map());
    expect(bodies.length).toBeGreaterThan(10);
    for (const text of bodies) expect(byLine(text)).toBe(toTraditional(text));
  });

  it('keeps every line it converted and finds it again, whole or as the text between tags', () => {
    const converted: string[] = [];
    const counting = (text: string) => { converted.push(text); return toTraditional(text); };
    const byLine = lineByLine(counting, new Map());
    expect(byLine('头发')).toBe('頭髮');
    expect(byLine('发展\n\n关键少数')).toBe('發展\n\n關鍵少數');
    expect(converted).toEqual(['头发', '发展', '关键少数']);
    // The Markdown's lines again, inside rendered HTML; tags of ASCII only are never converted.
    expect(byLine('<p>头发</p>\n<ul>\n<li>关键少数</li>\n</ul>')).toBe('<p>頭髮</p>\n<ul>\n<li>關鍵少數</li>\n</ul>');
    expect(converted).toHaveLength(3);
    // A tag holding Chinese (a link's title) is converted on its own.
    expect(byLine('<a href="#x" title="发展">头发</a>')).toBe('<a href="#x" title="發展">頭髮</a>');
    expect(converted.slice(3)).toEqual(['<a href="#x" title="发展">']);
  });

  it('converts rendered HTML piece by piece to exactly what OpenCC makes of the whole text', () => {
    const md = createMarkdown();
    const samples = [
      ...bodies.map((text) => md.render(splitFrontmatter(text).body, { lang: 'zh-Hans' })),
      // Tags across words, attributes in Chinese, a stray <, a description character (converted whole).
      '<p><strong>头</strong>发和<em>发</em>展，<a href="https://example.org/干" title="对标对表">以学促干</a></p>\n<p>1 < 2 的干部 ⿰氵干 ⿲<>发 <img alt="头发"></p>',
    ];
    expect(samples.length).toBeGreaterThan(10);
    for (const project of [false, true]) {
      const whole = project ? projectToTraditional : toTraditional;
      const byLine = lineByLine(whole, new Map());
      for (const html of samples) expect(byLine(html)).toBe(whole(html));
    }
  });

  it('relies on what OpenCC’s dictionaries hold: no word with < or >, and none of ASCII only', () => {
    const entries = (dict: unknown): [string, string][] => (typeof dict === 'string'
      ? dict.split('|').map((entry) => entry.split(' ') as [string, string])
      : (dict as [string, string][]));
    const dictionaries = [...Object.values(OpenCC.Locale.from), ...Object.values(OpenCC.Locale.to)]
      .flat(2).filter((dict) => typeof dict === 'string' || (Array.isArray(dict) && Array.isArray(dict[0])));
    const words = [...dictionaries.flatMap(entries), ...PHRASE_FIXES, ...CORNER_QUOTES];
    expect(words.length).toBeGreaterThan(10_000);
    expect(words.filter(([from, to]) => /[<>]/.test(from + to))).toEqual([]);
    expect(words.filter(([from]) => /^[\x00-\x7f]*$/.test(from))).toEqual([]);
  });

  it('is what makeConverter hands out, one per direction, and forgets its lines and converters when asked', () => {
    const convert = makeConverter({ from: 'cn', to: 'tw' });
    expect(makeConverter({ from: 'cn', to: 'tw' })).toBe(convert);
    expect(convert('以学促干等方面\n对标对表')).toBe('以學促幹等方面\n對標對表');
    forgetConverters();
    expect(convert('以学促干等方面')).toBe('以學促幹等方面');
    const again = makeConverter({ from: 'cn', to: 'tw' });
    expect(again).not.toBe(convert);
    expect(again('对标对表')).toBe('對標對表');
  });

  it('can let go of the converters alone and keep their lines for the next one', () => {
    const lines = (globalThis as Record<symbol, Map<string, Map<string, string>>>)[Symbol.for('news-microsite.converted-lines')]!;
    forgetConverters();
    const convert = makeConverter({ from: 'cn', to: 'tw' });
    expect(convert('以学促干等方面')).toBe('以學促幹等方面');
    forgetConverters({ keepLines: true });
    expect(lines.get('cn>tw')?.get('以学促干等方面')).toBe('以學促幹等方面');
    const again = makeConverter({ from: 'cn', to: 'tw' });
    expect(again).not.toBe(convert);
    expect(again('以学促干等方面\n对标对表')).toBe('以學促幹等方面\n對標對表');
    forgetConverters();
    expect(lines.get('cn>tw')?.size).toBe(0);
  });
});
