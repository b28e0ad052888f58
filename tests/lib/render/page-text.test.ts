import { describe, expect, it } from 'vitest';
import { creditText, describeArticle } from '@/lib/render/page-text';

describe('describeArticle', () => {
  const long = '江'.repeat(130);
  it.each([
    [{ description: '自己的摘要', ledeText: '导语' }, '自己的摘要'],
    [{ ledeText: '短导语' }, '短导语'],
    [{ ledeText: '江'.repeat(120) }, '江'.repeat(120)],
    [{ ledeText: long }, `${'江'.repeat(119)}…`],
    [{ ledeText: '' }, ''],
  ])('%j → %s', (meta, expected) => expect(describeArticle(meta)).toBe(expected));
  it('cuts at the given length', () => expect(describeArticle({ ledeText: 'abcdef' }, 4)).toBe('abc…'));
});

describe('describeArticle limits', () => {
  it('cuts at the limit counting characters, never more than max', () => {
    expect(describeArticle({ ledeText: '字'.repeat(500) })).toHaveLength(120);
  });
});

describe('creditText', () => {
  const line = (role: string, name: string) => `${role}：${name}`;
  it.each([
    [{ role: '编辑', name: '蒲泽熙', kind: 'editor' as const }, '编辑：蒲泽熙'],
    [{ role: '通讯员', name: '王豪', kind: 'author' as const, statement: '本版文字由通讯员王豪提供' }, '本版文字由通讯员王豪提供'],
  ])('creditText(%j) = %j', (credit, out) => expect(creditText(credit, line)).toBe(out));
});
