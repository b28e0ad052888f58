import { describe, expect, it } from 'vitest';
import { buildHeadMetadata, buildNewsArticle, creditProperty, serializeJsonLd } from '@/lib/render/news-metadata';
import { buildPages, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import type { LocaleConfig } from '@/site.config';

const LOCALES: LocaleConfig[] = [
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
];
const SITE = { siteUrl: 'https://news.example.org', basePath: '/zt/', defaultLocale: 'zh-hans', timeZone: 'Asia/Shanghai' };
const art = (article: string, locale: string): ArticleRecord => ({
  article, locale, headline: `${article}-${locale}`, source: '江津融媒体中心', published: new Date('2024-02-07T01:36:00Z'),
  photos: [{ caption: 'c1', credit: 'k1' }, { caption: 'c2', credit: 'k2', image: { src: '/_astro/c2.jpg', width: 800, height: 600, format: 'jpg' }, alt: 'a2' }],
  credits: [
    { role: '通讯员', name: '王豪', kind: 'author' }, { role: '编审', name: '肖彦', kind: 'reviewer' },
    { role: '摄影', name: '袁孝椿', kind: 'photographer' },
  ],
  ledeHtml: '<p>lede</p>', ledeText: 'lede', ledeMarkdown: 'lede',
});
const hl = (article: string, locale: string, number: number): HighlightRecord => ({
  article, locale, number, title: `t${number}`, figures: [], html: '<p>x</p>', bodyMarkdown: 'x',
});
const { pages } = buildPages(
  [art('a', 'zh-hans'), art('a', 'en'), art('b', 'en')],
  [hl('a', 'zh-hans', 1), hl('a', 'zh-hans', 2), hl('b', 'en', 1)],
  LOCALES, { defaultLocale: 'zh-hans', rootArticle: 'a' },
);
const page = (article: string, locale: string) => pages.find((p) => p.article === article && p.locale.code === locale && !p.isAlias)!;

describe('serializeJsonLd', () => {
  it.each([
    ['</script><script>alert(1)</script>'], ['<!--'], ['a & b > c'], ['line\u2028separator'],
  ])('round-trips %j without any raw <, > or &', (text) => {
    const json = serializeJsonLd({ headline: text });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: text });
  });
});

describe('creditProperty', () => {
  it.each([
    ['author', 'author'], ['editor', 'editor'], ['reviewer', 'editor'],
    ['contributor', 'contributor'], ['photographer', 'contributor'], ['translator', 'contributor'],
  ] as const)('maps the credit kind %s to schema.org %s', (kind, property) => expect(creditProperty(kind)).toBe(property));
});

describe('buildNewsArticle', () => {
  const data = buildNewsArticle(page('a', 'zh-hans'), SITE, { description: 'd', photoUrls: [undefined, 'https://news.example.org/zt/_astro/p.jpg'] }) as any;
  it('uses absolute URLs under the base path and +08:00 dates', () => {
    expect(data.url).toBe('https://news.example.org/zt/');
    expect(data.datePublished).toBe('2024-02-07T09:36:00+08:00');
    expect(data.publisher.logo.url).toBe('https://news.example.org/zt/icons/icon-512.png');
    expect(data.hasPart.map((p: any) => p.url)).toEqual(['https://news.example.org/zt/#highlight-01', 'https://news.example.org/zt/#highlight-02']);
  });
  it('sorts people into author, editor and contributor with their role as jobTitle', () => {
    expect(data.author).toEqual([{ '@type': 'Person', name: '王豪', jobTitle: '通讯员' }]);
    expect(data.editor).toEqual([{ '@type': 'Person', name: '肖彦', jobTitle: '编审' }]);
    expect(data.contributor).toEqual([{ '@type': 'Person', name: '袁孝椿', jobTitle: '摄影' }]);
  });
  it('gives a contentUrl only to photos that have a file, keeping every caption and credit', () => {
    expect(data.associatedMedia.map((m: any) => [m.caption, m.creditText, m.contentUrl])).toEqual([
      ['c1', 'k1', undefined], ['c2', 'k2', 'https://news.example.org/zt/_astro/p.jpg'],
    ]);
    expect(data.image.map((i: any) => i.url)).toEqual(['https://news.example.org/zt/cards/a.png', 'https://news.example.org/zt/_astro/p.jpg']);
  });
});

describe('buildHeadMetadata', () => {
  it('writes hreflang for each real alternate plus x-default to the default locale', () => {
    const { links } = buildHeadMetadata(page('a', 'en'), SITE, { description: 'd', feedTitle: 'f' });
    expect(links.filter((l) => l.hreflang).map((l) => [l.hreflang, l.href])).toEqual([
      ['zh-Hans', 'https://news.example.org/zt/'], ['en', 'https://news.example.org/zt/en/'], ['x-default', 'https://news.example.org/zt/'],
    ]);
    expect(links.find((l) => l.type === 'application/rss+xml')?.href).toBe('https://news.example.org/zt/en/rss.xml');
  });
  it('writes no hreflang and no og:locale:alternate for an article in one locale only', () => {
    const head = buildHeadMetadata(page('b', 'en'), SITE, { description: 'd', feedTitle: 'f' });
    expect(head.links.filter((l) => l.hreflang)).toEqual([]);
    expect(head.meta.filter((m) => m.property === 'og:locale:alternate')).toEqual([]);
    expect(head.canonical).toBe('https://news.example.org/zt/en/b/');
  });
  it('points an alias page\'s canonical and og:url at the root article', () => {
    const alias = pages.find((p) => p.isAlias && p.locale.code === 'zh-hans')!;
    const head = buildHeadMetadata(alias, SITE, { description: 'd', feedTitle: 'f' });
    expect(head.canonical).toBe('https://news.example.org/zt/');
    expect(head.meta.find((m) => m.property === 'og:url')?.content).toBe('https://news.example.org/zt/');
  });
});
