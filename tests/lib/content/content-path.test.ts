import { describe, expect, it } from 'vitest';
import { entryIdFromPath, parseContentPath } from '@/lib/content/content-path';

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
