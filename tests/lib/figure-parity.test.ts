// Figure parity (issue 3 item 2): every figure of a Chinese highlight must survive translation,
// whatever way it is written (7万余 = "more than 70,000", 1400亿 = "140 billion").
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFigures, compareKeyFigures, extractFigures, keyFigureAmount, readerText } from '@/lib/figure-parity';
import { checkContent } from '@/lib/check/check-content';
import { SITE } from '@/site.config';

const values = (text: string) => extractFigures(text).written.map((f) => f.value);

describe('extractFigures', () => {
  it.each([
    ['发放图书7万余册', [70000]],
    ['参与2.93万人次', [29300]],
    ['办理1.1万件次', [11000]],
    ['惠及30余万人', [300000]],
    ['地区生产总值突破1400亿元', [140000000000]],
    ['江津班列开行1,207列', [1207]],
    ['满意度达100%', [100]],
    ['“5+4+3”清单', [5, 4, 3]],
    ['建立长效机制469项、对策措施1688项', [469, 1688]],
    ['2月7日发布', [7]], // months are spelled out in English ("7 February"), so 2月 is not a figure
    ['排名第1位', []], // 第1 is an ordinal ("first")
    ['五大模块、十大亮点', []], // spelled numerals are not digit figures
    ['more than 70,000 copies', [70000]],
    ['1.1 million visits and 11,000 cases', [1100000, 11000]],
    ['it passed the 140 billion yuan mark', [140000000000]],
  ])('%s → %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reads spelled numbers in both languages, so they can match digits of the other', () => {
    expect(extractFigures('五大模块、九十九、两万余').spelled.map((f) => f.value)).toEqual(expect.arrayContaining([5, 99, 20000]));
    expect(extractFigures('five modules and twenty-nine leaders').spelled.map((f) => f.value)).toEqual([5, 29]);
    expect(extractFigures('再破千亿元').spelled.map((f) => f.value)).toContain(100000000000);
  });
});

describe('compareFigures', () => {
  it.each([
    ['发放7万余册', 'more than 70,000 copies were handed out', []],
    ['参与2.93万人次', '29,300 people took part', []],
    ['办理1.1万件次', '11,000 cases were handled', []],
    ['惠及30余万人', 'benefiting more than 300,000 people', []],
    ['突破1400亿元', 'passed 140 billion yuan', []],
    ['五大模块', 'five modules', []],
    ['构建五大模块', 'built 5 modules', []], // a digit in the translation may stand for a spelled source numeral
    ['市委巡回督导九组', 'the No. 9 Inspection Group', []],
    ['全年招商引资额再破千亿元', 'investment again exceeded 100 billion yuan', []],
  ])('%s ≈ %s', (source, translation, expected) => {
    expect(compareFigures(source, translation)).toEqual(expected);
  });

  it.each([
    ['发放7万余册', 'more than 7,000 copies', [{ kind: 'missing', value: 70000, text: '7万余' }, { kind: 'extra', value: 7000, text: '7,000' }]],
    ['开展宣讲4523场次', '4,253 talks', [{ kind: 'missing', value: 4523, text: '4523' }, { kind: 'extra', value: 4253, text: '4,253' }]],
    ['认领78条具体任务、29名领导', 'took on 78 tasks', [{ kind: 'missing', value: 29, text: '29' }]],
    ['办理1.1万件次', '1.1 million cases', [{ kind: 'missing', value: 11000, text: '1.1万' }, { kind: 'extra', value: 1100000, text: '1.1 million' }]],
  ])('flags %s → %s', (source, translation, expected) => {
    expect(compareFigures(source, translation)).toEqual(expected);
  });
});

describe('readerText', () => {
  it.each([
    ['详见[通知](https://example.org/2024/notice-7.html)。', '详见[通知]。'],
    ['[x](javascript:alert(1))', '[x]'],
    ['访问 https://example.org/a/99 了解', '访问   了解'],
    ['<span data-n="5">文字</span>', ' 文字 '],
  ])('%s → %s', (markdown, text) => {
    expect(readerText(markdown)).toBe(text);
  });
  it('keeps link targets out of figure parity', () => {
    expect(compareFigures(readerText('见[通知](https://example.org/2024/7)'), readerText('see the [notice](https://example.org/en/notice)'))).toEqual([]);
  });
});

describe('compareKeyFigures', () => {
  it.each([
    [{ value: '1400', unit: '亿元' }, 140000000000],
    [{ value: '140 billion', unit: 'yuan' }, 140000000000],
    [{ value: '4.3', unit: '亿元' }, 430000000],
    [{ value: '430', unit: 'million yuan' }, 430000000],
    [{ value: '7万余', unit: '册' }, 70000],
    [{ value: '70,000+', unit: 'copies' }, 70000],
  ])('reads the amount of %j as %d (scale from the unit)', (figure, amount) => {
    expect(keyFigureAmount(figure)).toBe(amount);
  });
  it('passes when every source key figure is in the translation, and names the one that is not', () => {
    const source = [{ value: '7万余', unit: '册' }, { value: '1400', unit: '亿元' }];
    expect(compareKeyFigures(source, [{ value: '70,000+' }, { value: '140 billion', unit: 'yuan' }])).toEqual([]);
    expect(compareKeyFigures(source, [{ value: '70,000+' }, { value: '1,400', unit: 'yuan' }]))
      .toEqual([{ kind: 'missing', value: 140000000000, text: '1400亿元' }]);
  });
});

describe('figure parity in the content check', () => {
  const FIXTURE = join(import.meta.dirname, '../fixtures/bad-input/figure-parity');
  it('fails a translation with a wrong figure when FIGURE_PARITY=error, naming the highlight and the figure', async () => {
    const result = await checkContent(FIXTURE, { ...SITE, figureParity: 'error' });
    expect(result.errors).toBe(2);
    expect(result.problems[0]).toMatchObject({ file: 'report/en/02.md', severity: 'error', rule: 'figure-missing' });
    expect(result.problems[0]!.en).toContain('highlight 2: figure "4523" (4,523)');
  });
  it('only warns by default', async () => {
    const result = await checkContent(FIXTURE, { ...SITE, figureParity: 'warn' });
    expect([result.errors, result.warnings]).toEqual([0, 2]);
  });
  it('keeps every figure of the source article in the committed English edition', async () => {
    const result = await checkContent(join(import.meta.dirname, '../../content'), { ...SITE, figureParity: 'error' });
    expect(result.problems.filter((p) => p.rule.startsWith('figure-'))).toEqual([]);
  });
});
