import { describe, expect, it } from 'vitest';
import { matchHeading } from '@/lib/import/section-headings';

describe('matchHeading recognises a heading line, its number and its title', () => {
  it.each([
    ['亮点一:“关键少数”以上率下', 'word:亮点', 1, '“关键少数”以上率下'],
    ['亮点十：固化经验做法', 'word:亮点', 10, '固化经验做法'],
    ['亮点1', 'word:亮点', 1, ''],
    ['亮點二十三：文旅融合', 'word:亮点', 23, '文旅融合'],
    ['看点九十九 乡村振兴', 'word:看点', 99, '乡村振兴'],
    ['重点12：数字政府', 'word:重点', 12, '数字政府'],
    ['十二、深化改革', 'dun', 12, '深化改革'],
    ['（二十一）便民服务', 'paren', 21, '便民服务'],
    ['(3) 交通出行', 'paren', 3, '交通出行'],
    ['15. 城市更新', 'arabic', 15, '城市更新'],
    ['7、生态环境', 'arabic', 7, '生态环境'],
    ['２．教育医疗', 'arabic', 2, '教育医疗'],
    ['第十一，强化保障', 'ordinal', 11, '强化保障'],
    ['三是抓落实', 'shi', 3, '抓落实'],
    ['Highlight 4: Greener streets', 'english:highlight', 4, 'Greener streets'],
    ['Part Two - Jobs', 'english:part', 2, 'Jobs'],
    ['【亮点五】美丽乡村', 'word:亮点', 5, '美丽乡村'],
  ])('%s', (line, style, number, title) => {
    expect(matchHeading(line)).toMatchObject({ style, number, title, headingLike: true });
  });

  it.each([
    '江津区主题教育 呈现十大亮点',
    '2024-02-07 09:36',
    '2023年，全区新增就业2.1万人。',
    '十大亮点',
    '图1 江津夜景',
    '全区1.5亿元',
  ])('"%s" is not a heading', (line) => {
    expect(matchHeading(line)).toBeUndefined();
  });

  it.each([
    '1. 全区新开工老旧小区改造项目36个，惠及居民1.2万户，改造完成后小区面貌焕然一新。',
    '一是完善工作机制，制定实施方案；二是强化资金保障。',
    '2、举办招聘会45场，提供岗位2万余个，',
  ])('a numbered sentence "%s" is recognised but marked as reading like a paragraph', (line) => {
    expect(matchHeading(line)?.headingLike).toBe(false);
  });
});
