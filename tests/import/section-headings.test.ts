// One marker at one position: style, number, label template; and where a title ends.
import { describe, expect, it } from 'vitest';
import { markerAt, markersIn } from '@/lib/import/heading-markers';
import { readsLikeTitle, splitTitle } from '@/lib/import/heading-titles';

describe('markerAt reads a section marker, its number and the label template', () => {
  it.each([
    ['亮点一:“关键少数”以上率下', 'word:亮点|cn', 1, '亮点{一}'],
    ['亮点十：固化经验做法', 'word:亮点|cn', 10, '亮点{一}'],
    ['亮点1', 'word:亮点|ar', 1, '亮点{1}'],
    ['亮點二十三：文旅融合', 'word:亮点|cn', 23, '亮點{一}'],
    ['关注点三：就业', 'word:关注点|cn', 3, '关注点{一}'],
    ['看点九十九 乡村振兴', 'word:看点|cn', 99, '看点{一}'],
    ['十二、深化改革', 'dun|cn', 12, '{一}'],
    ['（二十一）便民服务', 'paren|cn', 21, '（{一}）'],
    ['(3) 交通出行', 'paren|ar', 3, '（{1}）'],
    ['15. 城市更新', 'ar-dot|ar', 15, '{1}'],
    ['7、生态环境', 'ar-dun|ar', 7, '{1}'],
    ['２．教育医疗', 'ar-dot|fw', 2, '{１}'],
    ['第十一，强化保障', 'ordinal|cn', 11, '第{一}'],
    ['第二、扩大覆盖面', 'ordinal|cn', 2, '第{一}'],
    ['第1个“红包”。消费品以旧换新', 'ordinal|ar', 1, '第{1}个'],
    ['三是抓落实', 'shi|cn', 3, '{一}是'],
    ['之一：古桥', 'zhi|cn', 1, '之{一}'],
    ['其二，夜市', 'qi|cn', 2, '其{一}'],
    ['三）稳外贸', 'ar-paren|cn', 3, '{一})'],
    ['10) Night buses', 'ar-paren|ar', 10, '{1})'],
    ['③改造市场', 'circled|circled', 3, '{①}'],
    ['01｜滨海步道', 'ar-bar|ar', 1, '{01}'],
    ['10 — The ferry line', 'ar-dash|ar', 10, '{1}'],
    ['10: Sewer repairs begin', 'ar-colon|ar', 10, '{1}'],
    ['NO.1 滨海步道', 'english:number|ar', 1, 'NO. {1}'],
    ['一“提速”:今年首次', 'cn-quote|cn', 1, '{一}'],
    ['“名片”二:高山茶园', 'quoted-word:“名片”|cn', 2, '“名片”{一}'],
    ['01', 'ar-alone|ar', 1, '{01}'],
    ['1 医疗保障', 'ar-space|ar', 1, '{1}'],
    ['Highlight 4: Greener streets', 'english:highlight|ar', 4, 'Highlight {1}'],
    ['NUMBER SEVEN – “Go local”', 'english:number|en', 7, 'NUMBER {ONE}'],
    ['Number Three: Parks', 'english:number|en', 3, 'Number {One}'],
    ['3. Cleaner air — the city planted trees', 'ar-dot|ar', 3, '{1}'],
    ['【亮点五】美丽乡村', 'bracket-word:亮点|cn', 5, '【亮点{一}】'],
    ['2.24名学生获奖', 'ar-dot|ar', 2, '{1}'],
  ])('%s', (line, style, number, label) => {
    expect(markerAt(line, 0)).toMatchObject({ style, number, label });
  });

  it('marks `2.24名` as decimal-looking: only a sequence makes it a heading', () => {
    expect(markerAt('2.24名学生获奖', 0)?.decimalLike).toBe(true);
    expect(markerAt('2. 学生获奖', 0)?.decimalLike).toBe(false);
  });

  it.each(['10:30 开会', '第一个项目已开工。', '江津区主题教育 呈现十大亮点', '2024-02-07 09:36', '2023年，全区新增就业2.1万人。', '十大亮点', '图1 江津夜景', '全区1.5亿元', '【一图读懂】'])('"%s" has no marker', (line) => {
    expect(markerAt(line, 0)).toBeUndefined();
  });

  it('finds markers inside a paragraph after a sentence end, and after indentation', () => {
    expect(markersIn('　　一是建好一张网。全区新建……二是管好一条河。').map((m) => [m.number, m.start])).toEqual([[1, 2]]);
    expect(markersIn('……已经完成。第二、扩大覆盖面，……。第三、加强保障。').map((m) => m.number)).toEqual([2, 3]);
    expect(markersIn('全面完成.二是扩大覆盖面.三是加强保障,投入1.5亿元.').map((m) => m.number)).toEqual([2, 3]);
    expect(markersIn('  \t1 医疗保障')[0]).toMatchObject({ number: 1, start: 3 });
    // `2元` after a sentence is prose; `1 title` only counts at the start of a line.
    expect(markersIn('票价下调。2 元起。')).toEqual([]);
  });
});

describe('splitTitle cuts the title where a reader would', () => {
  it.each([
    ['建好一张网。全区新建管网86公里。', '建好一张网', '全区新建管网86公里。'],
    ['“提速”:今年首次开通', '“提速”', '今年首次开通'],
    ['Cleaner air — the city planted 2,000 trees.', 'Cleaner air', 'the city planted 2,000 trees.'],
    ['关键少数以上率下', '关键少数以上率下', ''],
    ['扩大覆盖面.新增岗位2600个.', '扩大覆盖面', '新增岗位2600个.'],
    ['强化创业扶持，个人创业担保贷款额度由20万元提高到30万元，小微企业最高可贷400万元。', '强化创业扶持', '个人创业担保贷款额度由20万元提高到30万元，小微企业最高可贷400万元。'],
  ])('%s', (rest, title, body) => {
    expect(splitTitle(rest)).toMatchObject({ title, body });
  });

  it('a one-sentence item is its own title and is kept whole', () => {
    expect(splitTitle('新增公共停车位2000个。')).toEqual({ title: '新增公共停车位2000个', body: '', oneSentence: true, how: 'stop' });
  });

  it.each([['医疗保障', true], ['全区新建管网86公里，覆盖9个镇街。', false], ['A short title', true], ['Two sentences. Here.', false], ['people were hurt.', false]])('readsLikeTitle(%s) = %s', (text, expected) => {
    expect(readsLikeTitle(text)).toBe(expected);
  });
});
