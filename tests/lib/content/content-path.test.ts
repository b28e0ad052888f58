import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, contentKindOf, entryIdFromPath, highlightFileName, highlightNumberOfName, localeOfPath, parseContentPath } from '@/lib/content/content-path';

describe('entryIdFromPath', () => {
  it.each([
    ['jiangjin/zh-hans/01.md', 'jiangjin/zh-hans/01'],
    ['jiangjin/en/index.md', 'jiangjin/en/index'],
    ['jiangjin\\zh-hans\\02.md', 'jiangjin/zh-hans/02'],
    ['jiangjin/zh-hans/03.MD', 'jiangjin/zh-hans/03'],
    ['jiangjin/zh-hans/01', 'jiangjin/zh-hans/01'],
    ['a/b/notes.md.md', 'a/b/notes.md'],
  ])('entryIdFromPath(%j) = %j', (path, id) => expect(entryIdFromPath(path)).toBe(id));
});

describe('parseContentPath', () => {
  it.each([
    ['jiangjin/zh-hans/01', { article: 'jiangjin', locale: 'zh-hans', file: '01' }],
    ['jiangjin/zh-hans/01.md', { article: 'jiangjin', locale: 'zh-hans', file: '01' }],
    ['jiangjin-theme-education-2024/en/index.md', { article: 'jiangjin-theme-education-2024', locale: 'en', file: 'index' }],
    ['a\\zh-hant\\10.md', { article: 'a', locale: 'zh-hant', file: '10' }],
    ['jiangjin', { article: 'jiangjin', locale: '', file: '' }],
    ['', { article: '', locale: '', file: '' }],
  ])('parseContentPath(%j) = %j', (input, out) => expect(parseContentPath(input)).toEqual(out));

  it('reads back what entryIdFromPath wrote', () => {
    const id = entryIdFromPath('jiangjin/en/07.md');
    expect(`${Object.values(parseContentPath(id)).join('/')}.md`).toBe('jiangjin/en/07.md');
  });
});

describe('the content layout, stated once', () => {
  it.each([[1, '01.md'], [9, '09.md'], [10, '10.md'], [42, '42.md'], [100, '100.md']])('highlightFileName(%i) = %s', (n, name) => expect(highlightFileName(n)).toBe(name));
  it.each([
    ['05.md', 5], ['5.md', 5], ['100.md', 100], ['05.MD', undefined], ['5a.md', undefined], ['index.md', undefined], ['05.md.txt', undefined],
  ])('highlightNumberOfName(%s) = %s', (name, n) => expect(highlightNumberOfName(name)).toBe(n));
  it.each(Array.from({ length: 120 }, (_, i) => i + 1))('reads back the number %i from its file name', (n) => expect(highlightNumberOfName(highlightFileName(n))).toBe(n));
  it.each([
    ['index.md', 'article'], ['05.md', 'highlight'], ['5a.md', 'highlight'], ['README.md', undefined], ['Index.md', undefined], ['05.MD', undefined], ['notes.md', undefined],
  ])('contentKindOf(%s) = %s', (name, kind) => expect(contentKindOf(name)).toBe(kind));
  it.each([
    ['jiangjin-2024-02-07', true], ['a', true], ['a1-b2', true], ['Jiangjin', false], ['a--b', false], ['-a', false], ['a-', false], ['江津', false], ['a_b', false],
  ])('ARTICLE_ID accepts %s: %s', (id, ok) => expect(ARTICLE_ID.test(id)).toBe(ok));
  it.each([
    ['jiangjin/zh-hans/01.md', 'zh-hans'], ['/srv/site/content/jiangjin/en/05.md', 'en'], ['C:\\site\\content\\a\\zh-hant\\index.md', 'zh-hant'], ['jiangjin/en/01', 'en'],
  ])('localeOfPath(%s) = %s', (path, locale) => expect(localeOfPath(path)).toBe(locale));
  it('agrees with parseContentPath on relative paths', () => expect(localeOfPath('a/zh-hant/03.md')).toBe(parseContentPath('a/zh-hant/03.md').locale));
});
