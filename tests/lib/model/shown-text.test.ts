import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { creditText, describeArticle, figureAmount, figureParts, figurePhrase, figureShown, figureValue } from '@/lib/model/shown-text';

const en = getStrings('en');
const zhHans = getStrings('zh-hans');
const zhHant = getStrings('zh-hant');

describe('a key figure reads the same approximation in every locale', () => {
  it.each([
    [{ qualifier: 'about', value: '4.3', unit: '亿元', label: '民生实事投入资金' }, zhHans, '约4.3', '约4.3亿元'],
    [{ qualifier: 'about', value: '4.3', unit: '億元', label: '民生實事投入資金' }, zhHant, '約4.3', '約4.3億元'],
    [{ qualifier: 'about', value: '430 million', unit: 'yuan', label: 'invested' }, en, 'about 430 million', 'about 430 million\u00a0yuan'],
    [{ qualifier: 'more-than', value: '7万', unit: '册', label: '图书' }, zhHans, '7万余', '7万余册'],
    [{ qualifier: 'more-than', value: '7萬', unit: '冊', label: '圖書' }, zhHant, '7萬餘', '7萬餘冊'],
    [{ qualifier: 'more-than', value: '30余万', unit: '人次', label: '覆盖' }, zhHans, '30余万', '30余万人次'],
    [{ qualifier: 'more-than', value: '30餘萬', unit: '人次', label: '覆蓋' }, zhHant, '30餘萬', '30餘萬人次'],
    [{ qualifier: 'more-than', value: '70,000', unit: '', label: 'copies' }, en, '70,000+', '70,000+'],
    [{ qualifier: 'nearly', value: '900', unit: '个', label: '联系点' }, zhHans, '近900', '近900个'],
    [{ qualifier: 'nearly', value: '900', unit: '', label: 'contact points' }, en, 'nearly 900', 'nearly 900'],
    [{ qualifier: 'over', value: '1400', unit: '亿元', label: '地区生产总值' }, zhHans, '突破1400', '突破1400亿元'],
    [{ qualifier: 'over', value: '140 billion', unit: 'yuan', label: 'GDP' }, en, 'over 140 billion', 'over 140 billion\u00a0yuan'],
    [{ value: '100%', unit: '', label: '满意度' }, zhHans, '100%', '100%'],
  ] as const)('%o', (figure, strings, value, amount) => {
    expect(figureValue(figure, strings)).toBe(value);
    expect(figureAmount(figure, strings)).toBe(amount);
  });

  it('makes an index line that reads as a phrase', () => {
    expect(figurePhrase({ value: '54', unit: '', label: 'heart-to-heart talks held' }, en)).toBe('54 heart-to-heart talks held');
    expect(figurePhrase({ qualifier: 'more-than', value: '100', unit: '个', label: '走访基层单位' }, zhHans)).toBe('100余个 走访基层单位');
  });
});

describe('figureParts: a leading qualifier apart from the number, a trailing one kept with it', () => {
  it.each([
    [{ qualifier: 'about', value: '4.3' }, zhHans, { before: '约', value: '4.3' }],
    [{ qualifier: 'about', value: '430 million' }, en, { before: 'about', value: '430 million' }],
    [{ qualifier: 'over', value: '1400' }, zhHans, { before: '突破', value: '1400' }],
    [{ qualifier: 'more-than', value: '7万' }, zhHans, { before: '', value: '7万余' }],
    [{ qualifier: 'more-than', value: '70,000' }, en, { before: '', value: '70,000+' }],
    [{ value: '100%' }, zhHans, { before: '', value: '100%' }],
  ] as const)('%o', (figure, strings, parts) => {
    expect(figureParts(figure, strings)).toEqual(parts);
  });
});

describe('figureShown: the texts of a key-figure tile, separators included', () => {
  it.each([
    [{ qualifier: 'about', value: '4.3', unit: '亿元', label: '投入' }, zhHans, { qualifier: '约', value: '4.3', unit: '亿元' }],
    [{ qualifier: 'about', value: '430 million', unit: 'yuan', label: 'invested' }, en, { qualifier: 'about\u00a0', value: '430 million', unit: '\u00a0yuan' }],
    [{ qualifier: 'more-than', value: '70,000', unit: 'copies', label: 'books' }, en, { qualifier: '', value: '70,000+', unit: '\u00a0copies' }],
    [{ value: '100%', unit: '', label: '满意度' }, zhHans, { qualifier: '', value: '100%', unit: '' }],
  ] as const)('%o', (figure, strings, shown) => expect(figureShown(figure, strings)).toEqual(shown));
});

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
