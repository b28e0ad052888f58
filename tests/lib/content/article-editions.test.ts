// Editions of articles whose source is not Simplified Chinese, with the real OpenCC converter.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { addEditions } from '@/lib/content/article-editions';
import { buildPages, convertedNoticeOf, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import type { LocaleConfig } from '@/site.config';
import { getStrings } from '@/i18n';

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
