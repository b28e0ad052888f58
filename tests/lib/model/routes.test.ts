import { describe, expect, it } from 'vitest';
import { cardPath, highlightAnchor, pagePath, withBase } from '@/lib/model/routes';
import { normalizeBasePath } from '@/site.config';

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
    ['/', 'en/', '/en/'],
    ['/zhuanti/2024/', '', '/zhuanti/2024/'],
    ['/zhuanti/2024/', '/en/', '/zhuanti/2024/en/'],
  ])('withBase(%s, %s) = %s', (base, path, expected) => expect(withBase(base, path)).toBe(expected));
  it.each([
    [undefined, '/'], ['', '/'], ['zhuanti/2024', '/zhuanti/2024/'], ['/zhuanti/2024/jiangjin/', '/zhuanti/2024/jiangjin/'], ['//a//', '/a/'],
  ])('normalizeBasePath(%j) = %s', (raw, expected) => expect(normalizeBasePath(raw)).toBe(expected));
  it('puts cards beside the page path', () => {
    expect(cardPath('')).toBe('cards/index.png');
    expect(cardPath('en/other/', 'highlight-05')).toBe('cards/en/other/highlight-05.png');
  });
});
