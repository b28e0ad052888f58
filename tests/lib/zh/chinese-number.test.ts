import { describe, expect, it } from 'vitest';
import { parseAmount, parseChineseNumeral } from '@/lib/zh/chinese-number';

describe('parseChineseNumeral reads heading and count numerals in every common script', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十二', 12], ['二十', 20], ['二十一', 21],
    ['九十九', 99], ['一十五', 15], ['一百', 100], ['一百零八', 108], ['一百一十', 110],
    ['两百', 200], ['三千', 3000], ['一千零八', 1008], ['两万', 20000], ['十万', 100000],
    ['一万二千三百四十五', 12345], ['三亿', 300000000], ['一亿二千万', 120000000], ['一万亿', 1e12],
    ['〇', 0], ['零', 0], ['二〇二四', 2024],
    ['１２', 12], ['０', 0], ['7', 7], ['42', 42], ['2.93万', 29300], ['30万', 300000], ['1400亿', 140000000000],
    ['貳拾', 20], ['兩萬', 20000], ['壹佰', 100], ['十億', 1e9],
  ])('%s → %d', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  it.each(['', '十大', '亮点', '百', '三四', '十百', '万', 'abc', '一.二', '1,207'])('"%s" is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe('parseAmount reads figures as printed, ignoring qualifiers that do not change the value', () => {
  it.each([
    ['7万余', 70000], ['2.93万', 29300], ['30余万', 300000], ['1400亿', 140000000000],
    ['1,207', 1207], ['三千', 3000], ['100余', 100], ['2400余', 2400], ['4.3亿', 430000000],
    ['100%', 100], ['１２３', 123], ['约2000', 2000], ['超过3万', 30000], ['2000多亿', 200000000000],
    ['1,234,567', 1234567], ['7万多', 70000], ['0.5', 0.5],
    ['70,000+', 70000], ['2.93 million', 2930000], ['1.4 billion', 1400000000], ['more than 100', 100],
    ['426 000', 426000], ['426\u00A0000', 426000], ['1\u202F234\u202F567', 1234567], ['九成', 90], ['9成', 90], ['约九成', 90], ['4.5成', 45],
  ])('%s → %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each(['', '若干', '许多', '12 apples', '三四十'])('"%s" is not an amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});
