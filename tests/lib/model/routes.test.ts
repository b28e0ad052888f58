import { describe, expect, it } from 'vitest';
import { absoluteUrl, cardPath, feedPath, highlightAnchor, normalizeBasePath, pagePath, withBase } from '@/lib/model/routes';

const ctx = { rootArticle: 'jiangjin', defaultLocale: 'zh-hans' };

describe('URLs are stable whatever else the site holds', () => {
  it.each([
    ['jiangjin', 'zh-hans', ''],
    ['jiangjin', 'en', 'en/'],
    ['other', 'zh-hans', 'other/'],
    ['other', 'en', 'en/other/'],
  ])('pagePath(%s, %s) = "%s"', (article, locale, expected) => expect(pagePath(article, locale, ctx)).toBe(expected));
  it.each([[1, 'highlight-01'], [10, 'highlight-10'], [42, 'highlight-42']])('highlightAnchor(%i)', (n, id) => expect(highlightAnchor(n)).toBe(id));
  it.each([
    ['en/', '/', '/en/'],
    ['', '/zhuanti/2024/', '/zhuanti/2024/'],
    ['/en/', '/zhuanti/2024/', '/zhuanti/2024/en/'],
    ['en/', '/zhuanti/2024', '/zhuanti/2024/en/'],
  ])('withBase(%s, %s) = %s', (path, base, expected) => expect(withBase(path, base)).toBe(expected));
  it.each([
    ['en/', 'https://news.example.org', '/zt/', 'https://news.example.org/zt/en/'],
    ['', 'https://a.org/', '/', 'https://a.org/'],
    ['sitemap-index.xml', 'https://a.org//', '/zt/', 'https://a.org/zt/sitemap-index.xml'],
  ])('absoluteUrl(%s) on %s%s = %s', (path, siteUrl, basePath, expected) => expect(absoluteUrl(path, { siteUrl, basePath })).toBe(expected));
  it.each([['zh-hans', 'rss.xml'], ['en', 'en/rss.xml'], ['zh-hant', 'zh-hant/rss.xml']])('feedPath(%s) with default zh-hans = %s', (locale, expected) => expect(feedPath(locale, 'zh-hans')).toBe(expected));
  it.each([
    [undefined, '/'], ['', '/'], ['zhuanti/2024', '/zhuanti/2024/'], ['/zhuanti/2024/jiangjin/', '/zhuanti/2024/jiangjin/'], ['//a//', '/a/'],
  ])('normalizeBasePath(%j) = %s', (raw, expected) => expect(normalizeBasePath(raw)).toBe(expected));
  it('names a card by its article, in a flat folder per locale: the root article\'s too', () => {
    const ctx = { rootArticle: 'jiangjin', defaultLocale: 'zh-hans' };
    expect(cardPath('jiangjin', 'zh-hans', ctx)).toBe('cards/jiangjin.png');
    expect(cardPath('jiangjin', 'en', ctx)).toBe('cards/en/jiangjin.png');
    expect(cardPath('other', 'zh-hant', ctx)).toBe('cards/zh-hant/other.png');
    // An article called like a locale, or "index", gets a file of its own.
    expect(new Set(['en', 'index', 'jiangjin'].flatMap((a) => ['zh-hans', 'en'].map((l) => cardPath(a, l, ctx)))).size).toBe(6);
  });
});
