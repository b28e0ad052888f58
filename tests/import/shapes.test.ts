// One row per shape of real "N points" articles (see src/lib/import/README.md): a short article in
// that shape goes through the importer; the sections, their titles and the label must come out.
import { describe, expect, it } from 'vitest';
import { importText } from '@/lib/import/prepare-import';

const HEAD = ['某区今年办好民生实事', '来源：某区融媒体中心 2024-05-06 08:12', '今年以来，某区推进民生实事。'];

const SHAPES: Array<[string, string[], string[], string | undefined]> = [
  ['inline 一是 with body in the same paragraph', ['　　一是建好一张网。全区新建管网86公里。', '　　二是管好一条河。清理河道40公里。', '　　三是用好一个平台。接入1200个监测点。'], ['建好一张网', '管好一条河', '用好一个平台'], '{一}是'],
  ['several markers inside one paragraph', ['已经完成前期工作。第二、扩大覆盖面。新增岗位2600个。第三、加强保障。资金到位。第一、稳住基本盘。'.replace('第一、稳住基本盘。', ''), '第四、优化服务。每月招聘8场。'], ['扩大覆盖面', '加强保障', '优化服务'], '第{一}'],
  ['numeral glued to a quoted keyword, ASCII colon', ['一“提速”:今年首次开通城际列车。', '二“扩容”:新增座位3000个。', '三“降费”:票价下调一成。'], ['“提速”', '“扩容”', '“降费”'], '{一}'],
  ['之一： markers', ['之一：古桥焕新。修缮古桥7座。', '之二：茶园兴旺。茶园1.2万亩。', '之三：集市热闹。摊位420个。'], ['古桥焕新', '茶园兴旺', '集市热闹'], '之{一}'],
  ['Arabic numeral, space, short title, indented', ['  1 医疗保障', '  新增床位600张。', '  2 老年助餐', '  新建老年食堂46家。', '  3 学位扩容', '  新增学位5400个。'], ['医疗保障', '老年助餐', '学位扩容'], '{1}'],
  ['01 alone, title on the next line', ['01', '滨海步道', '全长6.5公里。', '02', '城南科技馆', '每日限3000人。', '03', '文化街区', '修缮老宅21栋。'], ['滨海步道', '城南科技馆', '文化街区'], '{01}'],
  ['quoted word before the numeral', ['“名片”一:千年古桥', '古桥7座。', '“名片”二:高山茶园', '茶园1.2万亩。', '“名片”三:研学基地。接待学生5万人次。'], ['千年古桥', '高山茶园', '研学基地'], '“名片”{一}'],
  ['descending countdown', ['10. 城市更新', '改造小区36个。', '9. 交通出行', '新开公交线路14条。', '8. 教育', '新增学位5400个。'], ['城市更新', '交通出行', '教育'], '{1}'],
  ['one-sentence list items', ['一、新增公共停车位2000个。', '二、新建口袋公园12个。', '三、改造农贸市场7个。'], ['新增公共停车位2000个', '新建口袋公园12个', '改造农贸市场7个'], '{一}'],
  ['a heading that is one long sentence alone on its line', ['一、全面加强党的领导，坚定不移推动全面从严治党向纵深发展，为高质量发展提供坚强保证。', '全年开展专题学习36次。', '二、坚持以人民为中心，持续办好民生实事，不断增强群众的获得感幸福感安全感。', '新增就业1.2万人。'], ['全面加强党的领导，坚定不移推动全面从严治党向纵深发展，为高质量发展提供坚强保证', '坚持以人民为中心，持续办好民生实事，不断增强群众的获得感幸福感安全感'], '{一}'],
  ['1. with the body after a colon', ['1. 就业：新增就业岗位2万个。', '2. 医疗：新增床位600张。', '3. 教育：新增学位5400个。'], ['就业', '医疗', '教育'], '{1}'],
  ['关注点 + Chinese numeral', ['关注点一：稳就业', '新增岗位2万个。', '关注点二：保民生', '新建食堂46家。'], ['稳就业', '保民生'], '关注点{一}'],
  ['（一） parenthesised numerals', ['（一）深化改革', '完成改革任务36项。', '（二）扩大开放', '新增外资企业12家。'], ['深化改革', '扩大开放'], '（{一}）'],
  ['spoken list 第一，… 第二個措施是… 第三是… inside paragraphs', ['我公布了四方面的措施。第一，限制入境。稍後再交代成效。', '第二個措施是加強檢測。做到早識別。', '第三是加強執法。更嚴厲打擊違規。'], ['限制入境', '加強檢測', '加強執法'], '第{一}'],
  ['第一， ordinals at line start', ['第一，强化保障。资金到位。', '第二，优化服务。每月招聘8场。'], ['强化保障', '优化服务'], '第{一}'],
  ['【亮点一】 in brackets', ['【亮点一】美丽乡村', '建成示范村12个。', '【亮点二】文旅融合', '接待游客300万人次。'], ['美丽乡村', '文旅融合'], '【亮点{一}】'],
  ['nested 1. list inside 一、 sections stays in the text', ['一、交通', '1. 新开公交线路14条。', '2. 新建停车位2000个。', '3. 改造路口12处。', '二、教育', '新增学位5400个。'], ['交通', '教育'], '{一}'],
  ['levels 一、（一）1. — the top level is the sections, sub-points restart under each', ['一、稳增长', '（一）扩大投资。实施项目120个。一是抓开工，二是抓进度。', '（二）促进消费。举办活动50场。', '1.发放消费券2000万元。', '2.培育夜间经济集聚区3个。', '（三）稳定外贸。增长5%。', '二、优环境', '（一）深化改革。完成改革36项。', '（二）优化服务。网办率90%。', '三、惠民生', '（一）稳就业。新增就业1.2万人。', '（二）强保障。新建养老中心8个。', '（三）办实事。办好十件实事。'], ['稳增长', '优环境', '惠民生'], '{一}'],
  ['inline 一是 sub-points inside 亮点 sections', ['亮点一：强化保障', '一是资金到位。二是人员到位。三是措施到位。四是督查到位。', '亮点二：优化服务', '每月招聘8场。', '亮点三：改进作风', '开展调研54次。'], ['强化保障', '优化服务', '改进作风'], '亮点{一}'],
  ['formal numerals 壹、貳、 with 一、 items inside', ['壹、迎面而來的挑戰', '行政團隊面對挑戰。', '一、人口對策', '生育率下降。', '二、打詐反毒', '打擊詐騙。', '貳、全力發展', '推動產業發展。'], ['迎面而來的挑戰', '全力發展'], '{壹}'],
  ['WeChat: 01｜title, ▍ bars, NO.1, PART 01', ['01｜滨海步道', '全长6.5公里。', '02｜城南科技馆', '每日限3000人。', '▍03｜文化街区', '修缮老宅21栋。'], ['滨海步道', '城南科技馆', '文化街区'], '{01}'],
  ['—— bullets leading paragraphs, no numbers (year-in-review pieces)', ['——产业发展跑出加速度。全年地区生产总值增长6.1%。', '——城市更新展现新面貌。改造老旧小区36个。', '——民生保障织密安全网。新增学位5400个。'], ['产业发展跑出加速度', '城市更新展现新面貌', '民生保障织密安全网'], undefined],
  ['■ bullets with short titles', ['■ 稳就业', '新增岗位2万个。', '■ 保民生', '新建食堂46家。'], ['稳就业', '保民生'], undefined],
  ['NO.1 markers', ['NO.1 滨海步道', '全长6.5公里。', 'NO.2 城南科技馆', '每日限3000人。'], ['滨海步道', '城南科技馆'], 'NO. {1}'],
  ['PART 01 markers', ['PART 01 滨海步道', '全长6.5公里。', 'PART 02 城南科技馆', '每日限3000人。'], ['滨海步道', '城南科技馆'], 'PART {01}'],
  ['circled numbers ①②③', ['①新增公共停车位2000个。', '②新建口袋公园12个。', '③改造农贸市场7个。'], ['新增公共停车位2000个', '新建口袋公园12个', '改造农贸市场7个'], '{①}'],
  ['heading lines without blank lines or with tabs and U+3000', ['\t一、交通\t', '新开公交线路14条。', '\u3000\u3000二、教育', '新增学位5400个。'], ['交通', '教育'], '{一}'],
];

const ENGLISH: Array<[string, string[], string[], string]> = [
  ['spelled-out English numbers', ['NUMBER SEVEN – “Go local”', 'Buy from nearby farms.', 'NUMBER SIX – “Walk more”', 'Take the stairs.', 'NUMBER FIVE – “Sleep”', 'Eight hours a night.'], ['“Go local”', '“Walk more”', '“Sleep”'], 'NUMBER {ONE}'],
  ['bulleted #10: countdown', ['  • #3: Parks were rebuilt across the city.', '  • #2: Buses got faster.', '    • Two new lines opened.', '  • #1: Rents fell.'], ['Parks were rebuilt across the city', 'Buses got faster', 'Rents fell'], '#{1}'],
  ['1. **Word**. text (Markdown bold)', ['1. **Ferries**. The operator adds boats.', '2. **Fares**. Cheaper tickets.'], ['Ferries', 'Fares'], '{1}'],
  ['No. 10: countdown with the item as one sentence', ['No. 3: A deer wandered into the store. Staff helped it out.', 'No. 2: A new bridge opened in May.', 'No. 1: The fair drew record crowds. Rides ran late.'], ['A deer wandered into the store', 'A new bridge opened in May', 'The fair drew record crowds'], 'No. {1}'],
  ['No. 7 inside a sentence is not a marker', ['3. Libraries. Looking for No. 2? It is below.', '2. Trains. More of them.', '1. Parks. Greener.'], ['Libraries', 'Trains', 'Parks'], '{1}'],
  ['3. Title — text with an em dash', ['1. Cleaner air — The city planted 2,000 trees this year and closed two coal plants.', '2. Faster buses — Fourteen new lines opened.', '3. More parks — Twelve pocket parks were built.'], ['Cleaner air', 'Faster buses', 'More parks'], '{1}'],
];

describe('each shape of real articles imports with its sections, titles and label', () => {
  it.each(SHAPES)('%s', (_shape, body, titles, label) => {
    const result = importText({ text: [...HEAD, ...body].join('\n') });
    expect(result.article.highlights.map((h) => h.title)).toEqual(titles);
    expect(result.article.sectionLabel).toBe(label);
    for (const h of result.article.highlights) expect(h.body.length).toBeGreaterThan(0);
  });

  it.each(ENGLISH)('%s (English, imported as en)', (_shape, body, titles, label) => {
    const result = importText({ text: ['Seven ways to a better year', 'Updated November 22, 2019 10:36 HKT', 'By Jane Doe', 'Here is the list.', ...body].join('\n') });
    expect(result.article.highlights.map((h) => h.title)).toEqual(titles);
    expect(result.article.sectionLabel).toBe(label);
    expect(result.locale).toBe('en');
    expect(result.article.published).toBe('2019-11-22T10:36:00+08:00');
    expect(result.article.credits).toEqual([{ role: 'By', name: 'Jane Doe', kind: 'author' }]);
  });

  it('the headline is the title-like line above the text, not a masthead, a menu or a standfirst', () => {
    const text = ['南屿发布', '菜单', '这份暑期文旅清单请收好 五个新去处上新', '一份清单带你玩遍全城的五个新去处和三条线路', '来源：南屿市文旅局 2025-07-04 18:05', '暑假来了。', '一、步道', '全长6.5公里。', '二、科技馆', '每日限3000人。'].join('\n');
    const { article } = importText({ text });
    expect(article.headline).toBe('这份暑期文旅清单请收好 五个新去处上新');
    expect(article.unplaced).toEqual(['南屿发布', '菜单']);
    // Neighbouring unplaced lines are one warning.
    expect(article.warnings.filter((w) => w.rule === 'unplaced')).toEqual([expect.objectContaining({ line: 1, en: expect.stringMatching(/^Lines 1–2 \("南屿发布" and 1 more\)/) })]);
    expect(article.lede).toContain('一份清单带你玩遍全城');
  });

  it('a government portal copy: site name, page title with the site after it, footer lines', () => {
    const text = ['澄湖县人民政府门户网站', '澄湖县2025年十项民生实事全部落地_澄湖县人民政府', '澄湖县2025年十项民生实事全部落地', '发布时间：2025-12-29 08:12  来源：县政府办', '今年以来，全县推进十项民生实事。', '一、医疗', '新增床位600张。', '二、教育', '新增学位5400个。', '版权所有：澄湖县人民政府  备案号：某ICP备12345号'].join('\n');
    const { article } = importText({ text });
    expect(article.headline).toBe('澄湖县2025年十项民生实事全部落地');
    expect(article.highlights[1]!.body).toBe('新增学位5400个。');
    expect(article.unplaced).toEqual(['澄湖县人民政府门户网站', '澄湖县2025年十项民生实事全部落地_澄湖县人民政府', '版权所有：澄湖县人民政府  备案号：某ICP备12345号']);
  });

  it('an English headline that starts with a number ("6 Things…") is the headline, page furniture above it is not', () => {
    const text = ['Back to top', '6 Things You Need To Know About The Budget', 'Posted on', 'Updated March 8, 2017 09:00 GMT', '1. The Budget is the last in spring.', 'Getty Images', 'Future budgets move to the autumn.', '2. The chancellor has little room.', 'Forecasts are weak.'].join('\n');
    const { article } = importText({ text });
    expect(article.headline).toBe('6 Things You Need To Know About The Budget');
    expect(article.published).toBe('2017-03-08T09:00:00+00:00');
    expect(article.unplaced).toEqual(['Back to top', 'Posted on']);
    expect(article.highlights.map((h) => h.title)).toEqual(['The Budget is the last in spring', 'The chancellor has little room']);
    // A sentence that is the title is not repeated in the text when paragraphs follow it.
    expect(article.highlights[0]!.body).toBe('Getty Images\n\nFuture budgets move to the autumn.');
  });

  it('a clean countdown is filed in reading order and marked countdown, so the page keeps the source numbers', () => {
    const result = importText({ text: [...HEAD, '3. 城市更新', '改造小区36个。', '2. 交通', '新开线路14条。', '1. 教育', '新增学位5400个。'].join('\n') });
    expect(result.article.highlights.map((h) => [h.number, h.sourceNumber])).toEqual([[1, 3], [2, 2], [3, 1]]);
    expect(result.article.countdown).toBe(true);
    expect(result.files.find((f) => f.name === 'index.md')!.content).toMatch(/^countdown: true$/m);
    expect(result.warnings.find((w) => w.rule === 'renumbered')).toBeUndefined();
  });

  it('a countdown with a gap is renumbered in reading order, with a warning that the page numbers differ', () => {
    const result = importText({ text: [...HEAD, '4. 城市更新', '改造小区36个。', '2. 交通', '新开线路14条。', '1. 教育', '新增学位5400个。'].join('\n') });
    expect(result.article.countdown).toBe(false);
    expect(result.warnings.find((w) => w.rule === 'renumbered')).toMatchObject({ line: 4, en: expect.stringContaining('the source prints 4, 2, 1') });
  });

  it('without any numbers, short subheads standing alone above paragraphs are the sections (with a warning)', () => {
    const result = importText({ text: [...HEAD, '交出五年成绩单', '过去五年，全区地区生产总值年均增长6.2%，财政收入增加到20亿元。', '锚定今年目标', '今年全区地区生产总值预期增长5%左右，城镇新增就业1.2万人。'].join('\n') });
    expect(result.article.highlights.map((h) => h.title)).toEqual(['交出五年成绩单', '锚定今年目标']);
    expect(result.article.sectionLabel).toBeUndefined();
    expect(result.warnings.find((w) => w.rule === 'unnumbered-sections')?.line).toBe(4);
  });

  it('reads a meta line in brackets (【来源：…】)', () => {
    const { article } = importText({ text: ['某区十件实事全部完成', '【来源：某区融媒体中心】', '发布时间：2024-05-06 08:12', '导语。', '一、交通', '新开线路14条。', '二、教育', '新增学位5400个。'].join('\n') });
    expect(article.source).toBe('某区融媒体中心');
    expect(article.published).toBe('2024-05-06T08:12:00+08:00');
  });

  it('a headline or caption printed twice is kept once', () => {
    const text = ['某区十件实事全部完成', '某区十件实事全部完成', '来源：某区融媒体中心 2024-05-06 08:12', '会场一角。（记者 张三 摄）', '会场一角。', '今年以来，某区推进民生实事。', '一、交通', '新开线路14条。', '会场一角。（记者 张三 摄）', '二、教育', '新增学位5400个。'].join('\n');
    const { article } = importText({ text });
    expect(article.lede).toBe('今年以来，某区推进民生实事。');
    expect(article.photos).toEqual([{ caption: '会场一角。', credit: '记者 张三 摄' }]);
    expect(article.highlights[0]!.body).toBe('新开线路14条。');
  });

  it('a ——subtitle under the headline stays in the lede', () => {
    const { article } = importText({ text: ['某地五张名片', '——来自西部山区的报道', '2025年06月03日08:25 | 来源：临江网-《临江日报》', '导语。', '一、甲', '甲文。', '二、乙', '乙文。'].join('\n') });
    expect(article.headline).toBe('某地五张名片');
    expect(article.source).toBe('临江网-《临江日报》');
    expect(article.published).toBe('2025-06-03T08:25:00+08:00');
    expect(article.lede).toBe('——来自西部山区的报道\n\n导语。');
  });

  it('a numbered list of related articles after the text is neither a section nor body text', () => {
    const text = [...HEAD, '1、交通出行', '新开公交线路14条，覆盖全部行政村，票价统一为2元。', '2、教育', '新增学位5400个，城区大班额问题基本消除。', '3、医疗', '新增床位600张。', '相关阅读', '1、某区召开民生实事推进会', '2、某区公交线路调整公告', '3、某区新学期招生政策发布', '4、某区医院新院区启用'].join('\n');
    const { article } = importText({ text });
    expect(article.highlights.map((h) => h.title)).toEqual(['交通出行', '教育', '医疗']);
    expect(article.highlights[2]!.body).toBe('新增床位600张。');
    expect(article.unplaced).toEqual(['相关阅读', '1、某区召开民生实事推进会', '2、某区公交线路调整公告', '3、某区新学期招生政策发布', '4、某区医院新院区启用']);
  });

  it('single newlines and blank lines give the same sections', () => {
    const lines = [...HEAD, '一、交通', '新开公交线路14条。', '二、教育', '新增学位5400个。'];
    const tight = importText({ text: lines.join('\n') }).article;
    const loose = importText({ text: lines.join('\n\n') }).article;
    expect(tight.highlights).toEqual(loose.highlights.map((h) => ({ ...h, line: tight.highlights[h.number - 1]!.line })));
  });

  it('a gap in a strong sequence is a warning naming the line that may be the missing heading', () => {
    const result = importText({ text: [...HEAD, '1. 交通', '新开公交线路14条。', '2.24名教师获奖。', '3. 教育', '新增学位5400个。', '4. 医疗', '新增床位600张。', '5. 养老', '新建食堂46家。'].join('\n') });
    // `2.24名` fills the gap between 1 and 3, so it is read as heading 2 — with a warning.
    expect(result.article.highlights.map((h) => h.sourceNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(result.warnings.find((w) => w.rule === 'decimal-marker')?.line).toBe(6);
  });
});

describe('bylines glued to the lede', () => {
  it('credits each name under the role word before it: （记者 陈立 通讯员 王敏）', () => {
    const result = importText({ text: ['某区今年办好民生实事', '来源：某区融媒体中心 2024-05-06 08:12', '某区融媒体讯（记者 陈立 通讯员 王敏）今年以来，某区推进民生实事。', '一、稳就业', '新增岗位2万个。', '二、保民生', '新建食堂46家。'].join('\n') });
    expect(result.article.credits.map((c) => [c.role, c.name])).toEqual(expect.arrayContaining([['记者', '陈立'], ['通讯员', '王敏']]));
    expect(result.article.credits.map((c) => c.name)).not.toContain('通讯员');
  });
});
