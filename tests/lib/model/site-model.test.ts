import { describe, expect, it } from 'vitest';
import { buildPages, homePageOf, pickRootArticle, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
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
  it('describes each page once, from its own description or its lede, the alias as its page', () => {
    const described = buildPages([{ ...art('c', 'zh-hans', '2024-01-01T00:00:00+08:00'), description: '自己的摘要' }, art('d', 'zh-hans', '2023-01-01T00:00:00+08:00')], [], LOCALES, { defaultLocale: 'zh-hans' }).pages;
    expect(described.map((p) => [p.path, p.description])).toEqual([['', '自己的摘要'], ['c/', '自己的摘要'], ['d/', 'lede']]);
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

describe('view fields, computed once for every template, feed and card', () => {
  const credits: ArticleRecord['credits'] = [
    { role: '本报记者', name: '张三', kind: 'author' },
    { role: '通讯员', name: '王豪', kind: 'author', statement: '本版文字由通讯员王豪提供' },
    { role: '摄影', name: '袁孝椿', kind: 'photographer' },
    { role: '编辑', name: '蒲泽熙', kind: 'editor' },
    { role: 'Translator', name: 'Li Si', kind: 'translator' },
  ];
  const articles = [
    { ...art('a', 'zh-hans', '2024-01-01T00:00:00+08:00'), credits },
    art('a', 'en', '2024-01-01T00:00:00+08:00'),
    art('b', 'zh-hans', '2024-03-01T00:00:00+08:00'),
  ];
  const figures = [{ qualifier: 'about' as const, value: '4.3', unit: '亿元', label: '投入资金' }, { value: '100%', unit: '', label: '满意度' }];
  const highlights = [{ ...hl('a', 'zh-hans', 1), figures }, { ...hl('a', 'zh-hans', 2), figures }, hl('a', 'en', 1)];
  const { pages } = buildPages(articles, highlights, LOCALES, { defaultLocale: 'zh-hans', rootArticle: 'a' });
  const page = (article: string, locale: string) => pages.find((p) => p.article === article && p.locale.code === locale && !p.isAlias)!;

  it('sets foreignLang only on a highlight shown in another language than the page', () => {
    expect(page('a', 'en').highlights.map((h) => h.foreignLang)).toEqual([undefined, 'zh-Hans']);
    expect(page('a', 'zh-hans').highlights.map((h) => h.foreignLang)).toEqual([undefined, undefined]);
  });
  it("joins label, the page locale's separator and title into one heading", () => {
    expect(page('a', 'zh-hans').highlights[0]!.heading).toBe('亮点一：a-zh-hans-1');
    expect(page('a', 'en').highlights.map((h) => h.heading)).toEqual(['Highlight 1: a-en-1', 'Highlight 2: a-zh-hans-2']);
  });
  it('writes each key figure the way the page locale prints it, separators included', () => {
    expect(page('a', 'zh-hans').highlights[0]!.figures.map((f) => f.shown)).toEqual([
      { qualifier: '约', value: '4.3', unit: '亿元' }, { qualifier: '', value: '100%', unit: '' },
    ]);
    expect(page('a', 'zh-hans').highlights[0]!.figures[0]).toMatchObject(figures[0]!);
    // A Chinese highlight shown on the English page as a fallback: English qualifier words and spacing.
    expect(page('a', 'en').highlights[1]!.figures[0]!.shown).toEqual({ qualifier: 'about\u00a0', value: '4.3', unit: '\u00a0亿元' });
  });
  it('bylines authors and photographers without a statement; names translators', () => {
    expect(page('a', 'zh-hans').byline.map((c) => c.name)).toEqual(['张三', '袁孝椿']);
    expect(page('a', 'zh-hans').translators).toEqual(['Li Si']);
    expect(page('a', 'en').byline).toEqual([]);
  });
  it('names every alternate in its own language, for the switcher', () => {
    expect(page('a', 'en').alternates.map((a) => [a.locale, a.languageName, a.languageShortName])).toEqual([
      ['zh-hans', '简体中文', '简'], ['en', 'English', 'EN'],
    ]);
  });
});

describe('homePageOf', () => {
  const articles = [art('old', 'zh-hans', '2023-01-01T00:00:00+08:00'), art('new', 'zh-hans', '2024-01-01T00:00:00+08:00'), art('old', 'en', '2023-01-01T00:00:00+08:00')];
  it.each([
    [{ rootArticle: 'old' }, 'zh-hans', ''], [{ rootArticle: 'old' }, 'en', 'en/'],
    [{}, 'zh-hans', ''], [{}, 'en', 'en/old/'],
  ])('with %o the front page of %s is /%s', (config, locale, path) => {
    const { pages } = buildPages(articles, [], LOCALES, { defaultLocale: 'zh-hans', ...config });
    expect(homePageOf(pages, locale)?.path).toBe(path);
  });
  it('is undefined for a locale without pages', () => {
    const { pages } = buildPages(articles, [], LOCALES, { defaultLocale: 'zh-hans' });
    expect(homePageOf(pages, 'fr')).toBeUndefined();
  });
});
