import { describe, expect, it } from 'vitest';
import { headingUnits, headlineParts } from '@/lib/zh/line-breaks';

const HAN = /\p{Script=Han}/gu;

describe('headingUnits: where a Chinese heading may break', () => {
  it.each([
    ['强化联动确保理论学习走深走心走实', 'zh-Hans'],
    ['“关键少数”以上率下高位推动主题教育', 'zh-Hans'],
    ['树牢正确政绩观交出改革发展“高分报表”', 'zh-Hans'],
    ['創新機制確保流動黨員、“三新”領域黨員主題教育全覆蓋', 'zh-Hant'],
    ['镇（街道）全覆盖', 'zh-Hans'],
  ])('%s: loses nothing, and the last unit has two Han characters or more', (text, lang) => {
    const units = headingUnits(text, lang);
    expect(units.join('')).toBe(text);
    expect(units.length).toBeGreaterThan(1);
    expect(units.at(-1)!.match(HAN)!.length).toBeGreaterThanOrEqual(2);
  });

  it('never splits a short quoted term, and keeps punctuation with its word', () => {
    expect(headingUnits('“关键少数”以上率下高位推动主题教育', 'zh-Hans')[0]).toBe('“关键少数”');
    expect(headingUnits('“千场微宣讲”让党的创新理论“飞入寻常百姓家”', 'zh-Hans').at(-1)).toBe('“飞入寻常百姓家”');
    expect(headingUnits('创新机制确保流动党员、“三新”领域', 'zh-Hans')).toContain('“三新”');
  });

  it('joins the single characters the segmenter leaves (走|深|走|心) into one unit', () => {
    expect(headingUnits('强化联动确保理论学习走深走心走实', 'zh-Hans').at(-1)).toBe('走深走心走实');
  });

  it.each([['宣讲'], ['“金点子”']])('keeps a short label %s whole', (text) => expect(headingUnits(text, 'zh-Hans')).toEqual([text]));
  it('leaves other languages to the browser', () => expect(headingUnits('Practising the four visits', 'en')).toEqual(['Practising the four visits']));
});

describe('headlineParts', () => {
  it('splits a Chinese headline at its spaces', () => expect(headlineParts('江津区主题教育 呈现十大亮点', 'zh-Hant')).toEqual(['江津区主题教育', '呈现十大亮点']));
  it('keeps an English headline whole', () => expect(headlineParts('Ten highlights in Jiangjin', 'en')).toEqual(['Ten highlights in Jiangjin']));
});
