import { describe, expect, it } from 'vitest';
import { buildPages, pickRootArticle, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import type { LocaleConfig } from '@/site.config';

const LOCALES: LocaleConfig[] = [
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
];
const art = (article: string, locale: string, published: string): ArticleRecord => ({
  article, locale, headline: `${article}-${locale}`, source: 's', published: new Date(published),
  photos: [], credits: [], ledeHtml: '<p>lede</p>', ledeText: 'lede', ledeMarkdown: 'lede',
});
const hl = (article: string, locale: string, number: number): HighlightRecord => ({
  article, locale, number, title: `${article}-${locale}-${number}`, figures: [], html: `<p>${number}</p>`, bodyMarkdown: `${number}`,
});

describe('pickRootArticle', () => {
  const articles = [art('old', 'zh-hans', '2023-01-01T00:00:00+08:00'), art('new', 'zh-hans', '2024-01-01T00:00:00+08:00')];
  it('picks the newest article by default', () => expect(pickRootArticle(articles, 'zh-hans')).toBe('new'));
  it('honours the configured article', () => expect(pickRootArticle(articles, 'zh-hans', 'old')).toBe('old'));
  it('names the valid ids when the configured one does not exist', () => {
    expect(() => pickRootArticle(articles, 'zh-hans', 'nope')).toThrow(/old, new|new, old/);
  });
});

describe('buildPages', () => {
  const articles = [
    art('a', 'zh-hans', '2024-01-01T00:00:00+08:00'), art('a', 'en', '2024-01-01T00:00:00+08:00'),
    art('b', 'zh-hans', '2023-01-01T00:00:00+08:00'),
  ];
  const highlights = [hl('a', 'zh-hans', 2), hl('a', 'zh-hans', 1), hl('a', 'en', 1), hl('b', 'zh-hans', 1)];
  const { pages, missing } = buildPages(articles, highlights, LOCALES, { defaultLocale: 'zh-hans' });
  const page = (article: string, locale: string) => pages.find((p) => p.article === article && p.locale.code === locale && !p.isAlias)!;

  it('gives one page per article per locale that has its metadata', () => {
    expect(pages.filter((p) => !p.isAlias).map((p) => `${p.locale.code}:${p.path}`).sort()).toEqual(['en:en/', 'zh-hans:', 'zh-hans:b/']);
  });
  it('also serves the root article at /<article-id>/, canonical to the root, so its URL never changes', () => {
    const aliases = pages.filter((p) => p.isAlias).map((p) => [p.path, p.canonicalPath]);
    expect(aliases).toEqual([['a/', ''], ['en/a/', 'en/']]);
  });
  it('orders highlights by number with stable anchors', () => {
    expect(page('a', 'zh-hans').highlights.map((h) => h.anchor)).toEqual(['highlight-01', 'highlight-02']);
  });
  it('falls back per highlight to the source text, marked with its language', () => {
    const en = page('a', 'en').highlights;
    expect(en.map((h) => [h.number, h.translated, h.lang])).toEqual([[1, true, 'en'], [2, false, 'zh-Hans']]);
    expect(en[1]?.title).toBe('a-zh-hans-2');
    expect(missing).toEqual([{ article: 'a', locale: 'en', number: 2 }]);
  });
  it('lists alternates only where a translation exists', () => {
    expect(page('a', 'zh-hans').alternates.map((a) => a.path)).toEqual(['', 'en/']);
    expect(page('b', 'zh-hans').alternates.map((a) => a.path)).toEqual(['b/']);
  });
  it('lists the other articles on the root article only', () => {
    expect(page('a', 'zh-hans').others.map((o) => o.path)).toEqual(['b/']);
    expect(page('b', 'zh-hans').others).toEqual([]);
  });
});

describe('section labels', () => {
  const articles = [
    art('a', 'zh-hans', '2024-01-01T00:00:00+08:00'), art('a', 'en', '2024-01-01T00:00:00+08:00'),
    { ...art('b', 'zh-hans', '2023-01-01T00:00:00+08:00'), sectionLabel: '关注点{一}' },
    { ...art('b', 'en', '2023-01-01T00:00:00+08:00'), sectionLabel: 'Focus {01}' },
  ];
  const highlights = [hl('a', 'zh-hans', 1), hl('a', 'zh-hans', 2), hl('a', 'en', 1), hl('b', 'zh-hans', 1), hl('b', 'en', 1)];
  const { pages } = buildPages(articles, highlights, LOCALES, { defaultLocale: 'zh-hans' });
  const labels = (article: string, locale: string) => pages.find((p) => p.article === article && p.locale.code === locale)!.highlights.map((h) => h.label);

  it('keeps 亮点一 / Highlight 1 for an article without sectionLabel, untranslated sections included', () => {
    expect(labels('a', 'zh-hans')).toEqual(['亮点一', '亮点二']);
    expect(labels('a', 'en')).toEqual(['Highlight 1', 'Highlight 2']);
  });
  it("uses a translation's own sectionLabel over the dictionary's", () => {
    expect(labels('b', 'zh-hans')).toEqual(['关注点一']);
    expect(labels('b', 'en')).toEqual(['Focus 01']);
  });
  it('labels a countdown N … 1 in every locale while anchors stay 01 … N', () => {
    const { pages: counted } = buildPages(
      [{ ...art('c', 'zh-hans', '2023-01-01T00:00:00+08:00'), countdown: true }, art('c', 'en', '2023-01-01T00:00:00+08:00')],
      [hl('c', 'zh-hans', 1), hl('c', 'zh-hans', 2), hl('c', 'zh-hans', 3), hl('c', 'en', 1)], LOCALES, { defaultLocale: 'zh-hans' });
    const shown = (locale: string) => counted.find((p) => p.locale.code === locale)!.highlights.map((h) => [h.anchor, h.label]);
    expect(shown('zh-hans')).toEqual([['highlight-01', '亮点三'], ['highlight-02', '亮点二'], ['highlight-03', '亮点一']]);
    expect(shown('en')).toEqual([['highlight-01', 'Highlight 3'], ['highlight-02', 'Highlight 2'], ['highlight-03', 'Highlight 1']]);
  });
  it('maps the source template through the dictionary when the translation has none', () => {
    const { pages: mapped } = buildPages([articles[2]!, art('b', 'en', '2023-01-01T00:00:00+08:00')], [hl('b', 'zh-hans', 1)], LOCALES, { defaultLocale: 'zh-hans' });
    expect(mapped.find((p) => p.locale.code === 'en')!.highlights.map((h) => h.label)).toEqual(['Point 1']);
  });
});
