// Figure parity (issue 3 item 2): every figure of a Chinese highlight must survive translation,
// whatever way it is written (7万余 = "more than 70,000", 1400亿 = "140 billion").
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareApproximations, compareFigures, compareKeyFigureQualifiers, compareKeyFigures, extractFigures, keyFigureAmount,
  keyFiguresDroppingApproximation, readerText, writtenFigures,
} from '@/lib/check/figure-parity';
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
  const FIXTURE = join(import.meta.dirname, '../../fixtures/bad-input/figure-parity');
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
    const result = await checkContent(join(import.meta.dirname, '../../../content'), { ...SITE, figureParity: 'error' });
    expect(result.problems.filter((p) => p.rule.startsWith('figure-'))).toEqual([]);
  });
});

describe('figure parity reads 成, space-grouped thousands and small numbers spelled out in English', () => {
  it.each([
    ['群众满意度达九成', '90% of residents were satisfied'],
    ['九成以上群众', 'more than 90% of residents'],
    ['覆盖9成村社', 'covering 90% of villages'],
    ['化解矛盾纠纷426 000件', 'resolved 426,000 disputes'],
    ['化解矛盾纠纷426\u00A0000件', 'resolved 426,000 disputes'],
    ['化解矛盾纠纷426,000件', 'resolved 426\u202F000 disputes'],
    ['主持召开会议7次、领导小组会议5次', 'chairing seven meetings and five meetings of the leading group'],
    ['认领6个大项、21个小项', 'claimed six major items and 21 sub-items'],
    ['举办为期7天的读书班,至少开展1次', 'held seven-day reading classes and at least one session'],
  ])('%s ↔ %s', (source, translation) => {
    expect(compareFigures(source, translation)).toEqual([]);
  });
  it('still catches a wrong figure written with spaces or words', () => {
    expect(compareFigures('化解矛盾纠纷426 000件', 'resolved 462,000 disputes')).toEqual([
      { kind: 'missing', value: 426000, text: '426 000' }, { kind: 'extra', value: 462000, text: '462,000' },
    ]);
    expect(compareFigures('会议7次', 'eight meetings')).toEqual([{ kind: 'missing', value: 7, text: '7' }]);
    expect(compareFigures('满意度达九成', '80% were satisfied')).toEqual([{ kind: 'extra', value: 80, text: '80' }]);
  });
});

describe('approximations survive translation: 约 stays about, 余 more than, 近 nearly', () => {
  it.each([
    ['累计投入资金约4.3亿元', 'total investment of about 430 million yuan'],
    ['发放7万余册', 'more than 70,000 copies'],
    ['覆盖30余万人次', 'an audience of more than 300,000'],
    ['建立联系点近900个', 'Nearly 900 contact points'],
    ['走访100余个基层单位', '100+ grassroots units'],
    ['江津班列开行1207列', '1,207 train services'],
  ])('%s ↔ %s', (source, translation) => expect(compareApproximations(source, translation)).toEqual([]));

  it.each([
    ['累计投入资金约4.3亿元', 'invested 430 million yuan', 'about', 430000000],
    ['发放7万余册', 'handed out 70,000 copies', 'more-than', 70000],
    ['建立联系点近900个', '900 contact points', 'nearly', 900],
    ['约4.3亿元', 'more than 430 million yuan', 'about', 430000000],
  ])('%s → %s drops “%s”', (source, translation, approximation, value) => {
    expect(compareApproximations(source, translation)).toContainEqual(expect.objectContaining({ kind: 'dropped', approximation, value }));
  });
  it('reports an approximation the source does not have', () => {
    expect(compareApproximations('江津班列开行1207列', 'about 1,207 train services')).toEqual([{ kind: 'added', value: 1207, text: '1,207', approximation: 'about' }]);
  });
  it('compares key-figure qualifiers by amount; 突破 (over) and 余 (more-than) are both “more than”', () => {
    expect(compareKeyFigureQualifiers([{ value: '4.3', unit: '亿元', qualifier: 'about' }], [{ value: '430 million', unit: 'yuan' }]))
      .toEqual([{ kind: 'dropped', value: 430000000, text: '4.3亿元', approximation: 'about' }]);
    expect(compareKeyFigureQualifiers([{ value: '4.3', unit: '亿元', qualifier: 'about' }], [{ value: '430 million', unit: 'yuan', qualifier: 'about' }])).toEqual([]);
    expect(compareKeyFigureQualifiers([{ value: '1400', unit: '亿元', qualifier: 'over' }], [{ value: '140 billion', unit: 'yuan', qualifier: 'more-than' }])).toEqual([]);
    expect(compareKeyFigureQualifiers([{ value: '78', unit: '条' }], [{ value: '78', unit: '', qualifier: 'about' }]))
      .toEqual([{ kind: 'added', value: 78, text: '78', approximation: 'about' }]);
  });
  it('finds a key figure that gives as exact what its own text says approximately', () => {
    expect(keyFiguresDroppingApproximation([{ value: '4.3', unit: '亿元' }], '累计投入资金约4.3亿元'))
      .toEqual([{ kind: 'dropped', value: 430000000, text: '4.3亿元', approximation: 'about' }]);
    expect(keyFiguresDroppingApproximation([{ value: '4.3', unit: '亿元', qualifier: 'about' }], '累计投入资金约4.3亿元')).toEqual([]);
    expect(keyFiguresDroppingApproximation([{ value: '469', unit: '项' }], '建立长效机制469项')).toEqual([]);
  });
  it('weighs every mention of the amount, wherever it stands among the others', () => {
    const text = '建立机制约469项，其中新建27项，累计469项';
    expect(keyFiguresDroppingApproximation([{ value: '27', unit: '项' }, { value: '469', unit: '项' }], text)).toEqual([]);
    expect(keyFiguresDroppingApproximation([{ value: '27', unit: '项' }, { value: '469', unit: '项' }], '建立机制约469项，其中新建27项'))
      .toEqual([{ kind: 'dropped', value: 469, text: '469项', approximation: 'about' }]);
  });
});

describe('writtenFigures', () => {
  it('gives the digit figures of extractFigures, with their approximations', () => {
    const text = '发放7万余册，约4.3亿元，五大模块';
    expect(writtenFigures(text)).toEqual(extractFigures(text).written);
    expect(writtenFigures(text).map((f) => [f.value, f.approximation])).toEqual([[70000, 'more-than'], [430000000, 'about']]);
  });
  it('keeps only the values asked for', () => {
    expect(writtenFigures('发放7万余册，约4.3亿元，7万册', new Set([70000]))).toEqual([
      { value: 70000, text: '7万余', approximation: 'more-than' }, { value: 70000, text: '7万' },
    ]);
    expect(writtenFigures('发放7万余册', new Set())).toEqual([]);
  });
});

describe('parity fixtures: a broken figure and a dropped qualifier fail FIGURE_PARITY=error', () => {
  let result: Awaited<ReturnType<typeof checkContent>>;
  beforeAll(async () => { result = await checkContent(join(import.meta.dirname, '../../fixtures/parity'), { ...SITE, figureParity: 'error' }); });
  const at = (file: string, rule: string) => result.problems.filter((p) => p.file === file && p.rule === rule);
  it('catches the broken key figure (78 written as 87)', () => {
    expect(at('report/en/01.md', 'figure-missing')).toEqual([expect.objectContaining({ severity: 'error', line: 4, field: 'figures', en: expect.stringContaining('figure "78条" (78)') })]);
  });
  it('catches the dropped qualifier of a key figure against the source and against its own text', () => {
    const found = at('report/en/01.md', 'figure-approximation');
    expect(found.map((p) => p.en)).toEqual([
      expect.stringContaining('the text of this file says about 430,000,000 (430 million yuan), but the key figure gives it as exact. Add qualifier: about.'),
      expect.stringContaining('the source (zh-hans/01.md) says about 430,000,000 (4.3亿元), but the key figure gives it as exact. Add qualifier: about.'),
    ]);
    expect(found.every((p) => p.severity === 'error')).toBe(true);
    expect(at('report/zh-hans/03.md', 'figure-approximation')[0]!.zh).toContain('本文说的是“约”430,000,000（4.3亿元），关键数字却写成确数。请加上 qualifier: about。');
  });
  it('catches a dropped 近 in the translated text, and accepts 九成 = 90% and 426 000 = 426,000', () => {
    expect(at('report/en/02.md', 'figure-approximation').map((p) => p.en)).toEqual([expect.stringContaining('says nearly 900 (900), but the text gives it as exact. Write "nearly 900".')]);
    expect(result.problems.filter((p) => p.file.endsWith('index.md'))).toEqual([]);
    expect(at('report/en/02.md', 'figure-missing')).toEqual([]);
  });
  it('only warns by default', async () => {
    const warned = await checkContent(join(import.meta.dirname, '../../fixtures/parity'), { ...SITE, figureParity: 'warn' });
    expect(warned.errors).toBe(0);
    expect(warned.warnings).toBe(result.problems.length);
  });
  it('rejects qualifier words inside a value, always as an error', async () => {
    const values = await checkContent(join(import.meta.dirname, '../../fixtures/parity-values'), { ...SITE, figureParity: 'warn' });
    expect(values.problems.filter((p) => p.rule === 'qualifier-in-value').map((p) => [p.file, p.line, p.severity])).toEqual([
      ['report/zh-hans/01.md', 5, 'error'], ['report/zh-hans/01.md', 8, 'error'],
    ]);
  });
  it('the committed content keeps every qualifier', async () => {
    const real = await checkContent(join(import.meta.dirname, '../../../content'), { ...SITE, figureParity: 'error' });
    expect(real.problems.filter((p) => p.rule.startsWith('figure-') || p.rule === 'qualifier-in-value')).toEqual([]);
  });
});
