import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '@/lib/model/routes';
import { buildHeadMetadata } from '@/lib/render/news-metadata';
import { buildPages, type ArticleRecord } from '@/lib/model/site-model';
import { SITEMAP_MAX_URLS, escapeXml, sitemapEntries, sitemapFiles, sitemapIndexXml, sitemapXml } from '@/lib/render/sitemap-entries';
import type { LocaleConfig } from '@/site.config';

const LOCALES: LocaleConfig[] = [
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
];
const SITE = { siteUrl: 'https://a.org', basePath: '/x/', defaultLocale: 'zh-hans', timeZone: 'Asia/Shanghai' };
const art = (article: string, locale: string, modified?: string): ArticleRecord => ({
  article, locale, headline: `${article} & <${locale}>`, source: 's', published: new Date('2024-02-07T01:36:00Z'),
  ...(modified ? { modified: new Date(modified) } : {}), photos: [], credits: [], ledeHtml: '<p>lede</p>', ledeText: 'lede', ledeMarkdown: 'lede',
});

describe('sitemapEntries', () => {
  const { pages } = buildPages([art('a', 'zh-hans'), art('a', 'en', '2024-03-01T00:00:00Z'), art('b&c', 'zh-hans')], [], LOCALES, { defaultLocale: 'zh-hans', rootArticle: 'a' });
  const entries = sitemapEntries(pages, SITE);

  it('lists each canonical page once, leaving out the alias copy of the root article', () => {
    expect(pages.some((p) => p.isAlias)).toBe(true);
    expect(entries.map((e) => e.loc)).toEqual(['https://a.org/x/', 'https://a.org/x/b&c/', 'https://a.org/x/en/']);
  });

  it('gives each page the same hreflang links and x-default as its <head>', () => {
    for (const page of pages.filter((p) => !p.isAlias)) {
      const head = buildHeadMetadata(page, SITE, { description: '', feedTitle: '' }).links.filter((l) => l.hreflang).map((l) => `${l.hreflang} ${l.href}`);
      const entry = entries.find((e) => e.loc === absoluteUrl(page.canonicalPath, SITE))!;
      expect(entry.alternates.map((a) => `${a.hreflang} ${a.href}`)).toEqual(head);
    }
    expect(entries[0]!.alternates.map((a) => a.hreflang)).toEqual(['zh-Hans', 'en', 'x-default']);
  });

  it('dates each page by its last change, in the site time zone', () => {
    expect(entries.map((e) => e.lastmod)).toEqual(['2024-02-07T09:36:00+08:00', '2024-02-07T09:36:00+08:00', '2024-03-01T08:00:00+08:00']);
  });

  it('writes well-formed, escaped sitemap XML that reads back to the same entries', () => {
    const xml = sitemapXml(entries);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['url', 'xhtml:link'].includes(n) }).parse(xml);
    expect(parsed.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(entries.map((e) => e.loc));
    expect(parsed.urlset.url[0]['xhtml:link'].map((l: Record<string, string>) => l['@hreflang'])).toEqual(['zh-Hans', 'en', 'x-default']);
    expect(xml).toContain('<loc>https://a.org/x/b&amp;c/</loc>');
  });

  it('splits into files of at most the given number of URLs, and indexes them', () => {
    expect(sitemapFiles(entries, 2).map((f) => [f.path, f.entries.length])).toEqual([['sitemap-0.xml', 2], ['sitemap-1.xml', 1]]);
    expect(sitemapFiles(entries).map((f) => f.path)).toEqual(['sitemap-0.xml']);
    const index = sitemapIndexXml(['https://a.org/x/sitemap-0.xml']);
    expect(XMLValidator.validate(index)).toBe(true);
    expect(index).toContain('<sitemap><loc>https://a.org/x/sitemap-0.xml</loc></sitemap>');
  });
});

describe('escapeXml', () => {
  it.each([
    ['https://a.org/x/', 'https://a.org/x/'],
    ['https://a.org/x/b&c/', 'https://a.org/x/b&amp;c/'],
    ['<zh-Hans>', '&lt;zh-Hans&gt;'],
    ['"a" \'b\'', '&quot;a&quot; &apos;b&apos;'],
    ['https://a.org/亮点/', 'https://a.org/亮点/'],
  ])('escapeXml(%j) = %j', (text, xml) => expect(escapeXml(text)).toBe(xml));
});

describe('sitemapFiles', () => {
  const entry = (n: number) => ({ loc: `https://a.org/${n}/`, lastmod: '2024-02-07T09:36:00+08:00', alternates: [] });
  const list = (count: number) => Array.from({ length: count }, (_, i) => entry(i));
  it.each([
    [0, 2, [['sitemap-0.xml', 0]]],
    [1, 2, [['sitemap-0.xml', 1]]],
    [2, 2, [['sitemap-0.xml', 2]]],
    [3, 2, [['sitemap-0.xml', 2], ['sitemap-1.xml', 1]]],
    [5, 2, [['sitemap-0.xml', 2], ['sitemap-1.xml', 2], ['sitemap-2.xml', 1]]],
    [3, SITEMAP_MAX_URLS, [['sitemap-0.xml', 3]]],
  ])('sitemapFiles(%i entries, max %i) = %j', (count, max, files) => {
    expect(sitemapFiles(list(count), max).map((f) => [f.path, f.entries.length])).toEqual(files);
  });

  it('keeps every entry once, in order, across the files', () => {
    expect(sitemapFiles(list(7), 3).flatMap((f) => f.entries)).toEqual(list(7));
  });
});
