// A small realistic "three highlights" article whose heading lines are supplied by the test, so
// one table can run every heading form through the whole importer.

/** 1 → 一, 12 → 十二, 23 → 二十三: how Chinese headings write their numbers (test data only). */
export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

export const SAMPLE_TITLES = ['就业创业稳中有进', '教育资源扩容提质', '医疗服务更加便捷'];
export const SAMPLE_BODIES = [
  '全年城镇新增就业2.1万人，发放创业担保贷款3.6亿元，帮扶困难人员就业1800余人。',
  '新建改扩建中小学校12所，新增学位8000余个，义务教育入学率保持100%。',
  '建成15分钟医疗服务圈，新增家庭医生签约居民5.2万人，改造村卫生室46个。',
];

/**
 * Builds the text of a sample article. `heading(n, title)` returns the heading line(s) of section n:
 * one line with the title, or two lines joined with \n when the title stands on the next line.
 */
export function sampleArticle(heading: (n: number, title: string) => string, options: { eol?: string } = {}): string {
  const lines = [
    '永川区2023年民生实事 呈现三大亮点',
    '',
    '来源：永川融媒体中心\u00A0\u00A0\u00A02024-01-15 10:20',
    '',
    '2023年，永川区聚焦群众急难愁盼，扎实办好民生实事，群众获得感持续增强。',
    '',
  ];
  SAMPLE_TITLES.forEach((title, i) => lines.push(heading(i + 1, title), '', SAMPLE_BODIES[i]!, ''));
  lines.push('编辑：张三', '审核：李四');
  return lines.join('\n').replace(/\n/g, options.eol ?? '\n') + (options.eol ?? '\n');
}
