import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '@/lib/zh/chinese-number';
import { getStrings } from '@/i18n';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'], [2, '二'], [9, '九'], [10, '十'], [11, '十一'], [12, '十二'], [19, '十九'],
    [20, '二十'], [21, '二十一'], [30, '三十'], [45, '四十五'], [90, '九十'], [99, '九十九'],
    [100, '100'], [101, '101'], [250, '250'],
  ])('chineseNumeral(%i) = %s', (n, out) => expect(chineseNumeral(n)).toBe(out));
});

describe('the Chinese section labels above 十 (亮点十一 … 亮点九十九)', () => {
  it.each([[11, '亮点十一'], [20, '亮点二十'], [21, '亮点二十一'], [99, '亮点九十九'], [100, '亮点100']])(
    'getStrings("zh-hans").highlightLabel(%i) = %s', (n, out) => expect(getStrings('zh-hans').highlightLabel(n)).toBe(out),
  );
});
