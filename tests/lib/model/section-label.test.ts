import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTION_LABEL, formatSectionLabel, isSectionLabelProblem, mapSectionLabel, parseSectionLabel } from '@/lib/model/section-label';
import { getStrings } from '@/i18n';

const en = getStrings('en');
const zhHans = getStrings('zh-hans');
const zhHant = getStrings('zh-hant');

describe('formatSectionLabel writes the number as the placeholder says', () => {
  it.each([
    ['亮点{一}', 1, '亮点一'],
    ['亮点{一}', 10, '亮点十'],
    ['亮点{一}', 12, '亮点十二'],
    ['亮点{一}', 21, '亮点二十一'],
    ['关注点{一}', 3, '关注点三'],
    ['第{一}', 2, '第二'],
    ['{一}', 9, '九'],
    ['{1}', 10, '10'],
    ['{１}', 12, '１２'],
    ['{01}', 7, '07'],
    ['{01}', 12, '12'],
    ['Highlight {1}', 5, 'Highlight 5'],
    ['Number {one}', 7, 'Number seven'],
    ['{One}', 21, 'Twenty-one'],
    ['NUMBER {ONE}', 10, 'NUMBER TEN'],
    ['NUMBER {ONE}', 40, 'NUMBER FORTY'],
    ['（{一}）', 4, '（四）'],
  ])('%s, %i → %s', (template, n, label) => expect(formatSectionLabel(template, n)).toBe(label));

  it('keeps the Jiangjin house style as the default', () => expect(formatSectionLabel(DEFAULT_SECTION_LABEL, 5)).toBe('亮点五'));
  it('throws with the reason on an invalid template', () => expect(() => formatSectionLabel('亮点', 1)).toThrow(/no numeral placeholder/));
});

describe('parseSectionLabel reports what is wrong with a template', () => {
  it.each([
    ['亮点', /没有编号占位符/, /has no numeral placeholder/],
    ['亮点{二}', /不是可用的编号占位符/, /\{二\} in "亮点\{二\}" is not a numeral placeholder/],
    ['{一}{1}', /有 2 个占位符/, /has 2 placeholders/],
    ['亮点{一', /没有编号占位符/, /has no numeral placeholder/],
  ])('%s', (template, zh, en) => {
    const parsed = parseSectionLabel(template);
    expect(isSectionLabelProblem(parsed)).toBe(true);
    if (!isSectionLabelProblem(parsed)) return;
    expect(parsed.zh).toMatch(zh);
    expect(parsed.en).toMatch(en);
  });
  it('splits a valid one around its placeholder', () => {
    expect(parseSectionLabel('第{一}条')).toEqual({ before: '第', placeholder: '{一}', after: '条' });
  });
});

describe('mapSectionLabel maps by the words, whatever the numeral style', () => {
  const table = { 关注点: 'Point {1}' };
  it('maps a known word', () => expect(mapSectionLabel('关注点{1}', table, '{1}')).toBe('Point {1}'));
  it('falls back for an unknown word', () => expect(mapSectionLabel('成效{一}', table, '{1}')).toBe('{1}'));
  it('falls back for an invalid template', () => expect(mapSectionLabel('关注点', table, '{1}')).toBe('{1}'));
});

describe('the dictionaries translate a source template', () => {
  it.each([
    ['亮点{一}', 'Highlight {1}'],
    ['关注点{一}', 'Point {1}'],
    ['關注點{一}', 'Point {1}'],
    ['第{一}', '{1}'],
    ['{一}', '{1}'],
    ['{1}', '{1}'],
    ['成效{一}', '{1}'],
    ['Highlight {1}', 'Highlight {1}'],
    ['NUMBER {ONE}', 'NUMBER {ONE}'],
  ])('en: %s → %s', (source, template) => expect(en.sectionLabelFor(source)).toBe(template));
  it('zh-hant converts the words with OpenCC', () => expect(zhHant.sectionLabelFor('关注点{一}')).toBe('關注點{一}'));
  it('zh-hans converts a Traditional source back', () => expect(zhHans.sectionLabelFor('關注點{一}')).toBe('关注点{一}'));
  it('zh-hans keeps its own house style', () => expect(zhHans.sectionLabelFor('亮点{一}')).toBe('亮点{一}'));
  it('zh-hant writes the house style in Traditional', () => expect(zhHant.sectionLabelFor('亮点{一}')).toBe('亮點{一}'));
  it('zh-hant converts any other label the same way', () => expect(zhHant.sectionLabelFor('看点{1}')).toBe('看點{1}'));
});
