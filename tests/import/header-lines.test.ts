import { describe, expect, it } from 'vitest';
import { classifyDate, findDate, parseCaptionLine, parseDateTime, parseSourceLine } from '@/lib/import/metadata-lines';
import { parseCreditLine } from '@/lib/import/credit-lines';
import { findFigures, pickFigures } from '@/lib/import/figures';

describe('source/date lines give the source and a timestamp with the +08:00 offset', () => {
  it.each([
    ['来源:江津融媒体中心    2024-02-07 09:36', '江津融媒体中心', '2024-02-07T09:36:00+08:00'],
    ['来源:江津融媒体中心\u00A0\u00A0\u00A0\u00A02024-02-07 09:36', '江津融媒体中心', '2024-02-07T09:36:00+08:00'],
    ['来源：江津融媒体中心　2024-02-07 09:36:15', '江津融媒体中心', '2024-02-07T09:36:15+08:00'],
    ['来源：重庆日报  时间：2024年2月7日 09:36', '重庆日报', '2024-02-07T09:36:00+08:00'],
    ['發佈時間：2024/02/07 09:36  來源：江津融媒體中心', '江津融媒體中心', '2024-02-07T09:36:00+08:00'],
    ['2024-02-07 09:36 来源：华龙网', '华龙网', '2024-02-07T09:36:00+08:00'],
    ['Source: Xinhua   Date: 2024-02-07 09:36', 'Xinhua', '2024-02-07T09:36:00+08:00'],
    ['来源：永川区融媒体中心 ２０２４－０１－１５　１０：２０', '永川区融媒体中心', '2024-01-15T10:20:00+08:00'],
  ])('%s', (line, source, published) => {
    expect(parseSourceLine(line)).toMatchObject({ source, published });
  });

  it('reads a date line of its own (发布时间：…) without a source; a date without a time is not a timestamp yet', () => {
    const line = parseSourceLine('发布时间：2024年2月7日 09:36')!;
    expect(line.published).toBe('2024-02-07T09:36:00+08:00');
    expect(line.source).toBeUndefined();
    const dateOnly = parseSourceLine('发布时间：2024年2月7日 星期三')!;
    expect(dateOnly.published).toBeUndefined();
    expect(dateOnly.incompleteDate).toEqual({ raw: '2024年2月7日 星期三', day: '2024-02-07', why: 'no-time' });
  });

  it.each([
    ['2026年2月13日 週五 下午6:45', '2026-02-13T18:45:00+08:00'],
    ['2026-04-07 HKT 18:20', '2026-04-07T18:20:00+08:00'],
    ['Published 05/03/2026 13:49 HKT', '2026-05-03T13:49:00+08:00'],
    ['Thursday 22 May 2025 7:42pm NZST', '2025-05-22T19:42:00+12:00'],
    ['05/03/2026 13:49  南屿网', '2026-05-03T13:49:00+08:00'],
    ['2026-03-04 07:30:15 来源：临江观察网', '2026-03-04T07:30:15+08:00'],
  ])('findDate reads "%s" with its time and zone', (text, iso) => {
    const date = findDate(text)!;
    expect(date.iso).toBe(iso);
    expect(date.hasTime && date.zoneKnown).toBe(true);
  });

  it('an English time without a zone is incomplete', () => {
    expect(classifyDate(findDate('Updated November 22, 2025 10:36:31')!)).toEqual({ incomplete: { raw: 'November 22, 2025 10:36:31', day: '2025-11-22', why: 'no-zone' } });
  });

  it('stops a value at page widgets printed on the same line, and says so', () => {
    const line = parseSourceLine('发布时间：2024-01-15 10:00  来源：某区政府办  字号：大 中 小  打印')!;
    expect(line).toMatchObject({ source: '某区政府办', published: '2024-01-15T10:00:00+08:00', widgets: true });
    expect(parseSourceLine('来源：某区政府办 【打印】【关闭】')).toMatchObject({ source: '某区政府办', widgets: true });
  });

  it('keeps bylines printed in the source line', () => {
    expect(parseSourceLine('来源：江津日报  作者：王豪  2024-02-07')!.people).toEqual([{ role: '作者', name: '王豪' }]);
  });

  it.each(['江津区主题教育 呈现十大亮点', '自主题教育开展以来，江津区坚持把总要求贯穿全过程。', '亮点一：关键少数'])('"%s" is not a source line', (line) => {
    expect(parseSourceLine(line)).toBeUndefined();
  });

  it('flags an impossible date instead of shifting it', () => {
    expect(parseDateTime('2024-02-30 09:36')).toBeUndefined();
    expect(parseSourceLine('来源：某地 2024-02-30 09:36')!.unreadableDate).toBe('2024-02-30 09:36');
  });
});

describe('photo captions are split from their credits', () => {
  it.each([
    ['鼎山街道政策宣讲进小区,问需于民推动主题教育往深里走往实里走 鼎山街道供图', '鼎山街道政策宣讲进小区,问需于民推动主题教育往深里走往实里走', '鼎山街道供图'],
    ['吴滩镇郎家村打造红色美丽村庄 记者 袁孝椿 摄', '吴滩镇郎家村打造红色美丽村庄', '记者 袁孝椿 摄'],
    ['吴滩镇郎家村打造红色美丽村庄 袁孝椿 摄', '吴滩镇郎家村打造红色美丽村庄', '袁孝椿 摄'],
    ['吴滩镇郎家村 红色美丽村庄 记者 袁孝椿 王明 摄', '吴滩镇郎家村 红色美丽村庄', '记者 袁孝椿 王明 摄'],
    ['几江街道宣讲队走进社区（記者 王明 拍攝）', '几江街道宣讲队走进社区', '記者 王明 拍攝'],
    ['几江街道宣讲队走进社区（鼎山街道供图）', '几江街道宣讲队走进社区', '鼎山街道供图'],
    ['几江街道宣讲队走进社区 摄影：王明', '几江街道宣讲队走进社区', '摄影：王明'],
    ['几江街道宣讲队走进社区 图/王明', '几江街道宣讲队走进社区', '图/王明'],
    ['Volunteers in Dingshan. Photo: Li Hua', 'Volunteers in Dingshan.', 'Photo: Li Hua'],
  ])('%s', (line, caption, credit) => {
    expect(parseCaptionLine(line)).toEqual({ caption, credit });
  });

  it.each([
    '区委高度重视主题教育，组织记者进行拍摄。',
    '自主题教育开展以来,江津区呈现出“十大亮点”。',
    '江津区主题教育 呈现十大亮点',
  ])('"%s" is not a caption', (line) => {
    expect(parseCaptionLine(line)).toBeUndefined();
  });
});

describe('credit lines map each role to a credit kind', () => {
  it.each([
    ['本版文字由通讯员王豪提供', [{ role: '通讯员', name: '王豪', kind: 'author', statement: '本版文字由通讯员王豪提供' }]],
    ['本版图片由鼎山街道提供', [{ role: '图片', name: '鼎山街道', kind: 'photographer', statement: '本版图片由鼎山街道提供' }]],
    ['编辑:蒲泽熙', [{ role: '编辑', name: '蒲泽熙', kind: 'editor' }]],
    ['编审：肖彦', [{ role: '编审', name: '肖彦', kind: 'reviewer' }]],
    ['责任编辑：李明　校对：陈芳', [{ role: '责任编辑', name: '李明', kind: 'editor' }, { role: '校对', name: '陈芳', kind: 'reviewer' }]],
    ['（責任編輯：李明）', [{ role: '責任編輯', name: '李明', kind: 'editor' }]],
    ['編輯：李明、陳芳', [{ role: '編輯', name: '李明', kind: 'editor' }, { role: '編輯', name: '陳芳', kind: 'editor' }]],
    ['审核：王五', [{ role: '审核', name: '王五', kind: 'reviewer' }]],
    ['翻译：Li Hua', [{ role: '翻译', name: 'Li Hua', kind: 'translator' }]],
    ['本报记者 张三 李四 通讯员 王五', [
      { role: '本报记者', name: '张三', kind: 'author' }, { role: '本报记者', name: '李四', kind: 'author' }, { role: '通讯员', name: '王五', kind: 'author' },
    ]],
    ['Editor: Zhang Wei', [{ role: 'Editor', name: 'Zhang Wei', kind: 'editor' }]],
    ['By Aroha Tane, Political Reporter', [{ role: 'By', name: 'Aroha Tane', kind: 'author', statement: 'By Aroha Tane, Political Reporter' }]],
    ['Reporting by Daniel Ho. Editing by Grace Lam.', [{ role: 'Reporting', name: 'Daniel Ho', kind: 'author' }, { role: 'Editing', name: 'Grace Lam', kind: 'editor' }]],
    ['Photo: Supplied / Kowhai Bay Council', [{ role: 'Photo', name: 'Supplied / Kowhai Bay Council', kind: 'photographer' }]],
    ['撰文：何詠詩', [{ role: '撰文', name: '何詠詩', kind: 'author' }]],
    ['Copyright REUTERS/Jonathan Ernst', [{ role: 'Copyright', name: 'REUTERS/Jonathan Ernst', kind: 'photographer' }]],
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });

  it.each(['市委巡回督导九组坚持同题共答,全过程督促指导。', '亮点十：固化经验做法', '编辑部门积极参与主题教育。'])('"%s" is not a credit line', (line) => {
    expect(parseCreditLine(line)).toBeUndefined();
  });
});

describe('figures: number + measure word + a short label, the three largest per section', () => {
  it('reads values as printed, with 万/亿 and units such as 场次 人次 亿元 %; 余 becomes the qualifier (30余万 keeps its inner 余)', () => {
    const text = '开展宣讲4523场次,覆盖30余万人次;征订配发7万余册;化解矛盾纠纷2.93万件;投入资金4.3亿元;满意度达100%;开行1,207列。';
    expect(findFigures(text).map((f) => [f.value, f.unit])).toEqual([
      ['4523', '场次'], ['30余万', '人次'], ['7万', '册'], ['2.93万', '件'], ['4.3', '亿元'], ['100%', ''], ['1,207', '列'],
    ]);
  });

  it('labels a figure with the words before it, or the counted thing after the measure word', () => {
    expect(findFigures('谈心谈话54人次,交办事项69件。')).toEqual([
      { value: '54', unit: '人次', label: '谈心谈话' },
      { value: '69', unit: '件', label: '交办事项' },
    ]);
    expect(findFigures('印发清单,29名党员区级领导按照清单履职。')[0]!.label).toBe('党员区级领导');
  });

  it('skips ordinals (第8个), formulas (5+4+3), years and dates', () => {
    expect(findFigures('第8个工作日,按照“5+4+3”清单,2023年12月完成。')).toEqual([]);
  });

  it('keeps the three largest amounts in reading order', () => {
    const text = '召开会议7次、谈心谈话54人次,参加活动18场次,交办事项69件,走访基层单位100余个。';
    expect(pickFigures(text).map((f) => f.value)).toEqual(['54', '69', '100']);
  });
});
