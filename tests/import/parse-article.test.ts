import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '@/lib/import/decode-text';
import { parseArticle } from '@/lib/import/parse-article';
import { chineseNumeral as cn, sampleArticle, SAMPLE_BODIES, SAMPLE_TITLES } from './sample-article';

const fixture = (name: string) => decodeText(readFileSync(new URL(`../fixtures/import/forms/${name}`, import.meta.url))).text;

describe('every supported heading form splits the article into its numbered sections', () => {
  const forms: Array<[string, (n: number, title: string) => string]> = [
    ['亮点一: (half-width colon)', (n, t) => `亮点${cn(n)}:${t}`],
    ['亮点一： (full-width colon)', (n, t) => `亮点${cn(n)}：${t}`],
    ['亮点1 with the title on the next line', (n, t) => `亮点${n}\n${t}`],
    ['重点一 followed by a space', (n, t) => `重点${cn(n)} ${t}`],
    ['看点二： (any short word + numeral)', (n, t) => `看点${cn(n)}：${t}`],
    ['亮點一： (Traditional)', (n, t) => `亮點${cn(n)}：${t}`],
    ['一、', (n, t) => `${cn(n)}、${t}`],
    ['（一） full-width brackets', (n, t) => `（${cn(n)}）${t}`],
    ['(一) ASCII brackets', (n, t) => `(${cn(n)})${t}`],
    ['(1) Arabic in brackets', (n, t) => `(${n}) ${t}`],
    ['1.', (n, t) => `${n}.${t}`],
    ['1、', (n, t) => `${n}、${t}`],
    ['1． (full-width full stop)', (n, t) => `${n}．${t}`],
    ['１． (full-width digit)', (n, t) => `${String.fromCharCode(0xff10 + n)}．${t}`],
    ['第一，', (n, t) => `第${cn(n)}，${t}`],
    ['第一、', (n, t) => `第${cn(n)}、${t}`],
    ['一是', (n, t) => `${cn(n)}是${t}`],
    ['Highlight 1:', (n, t) => `Highlight ${n}: ${t}`],
    ['marker alone, title on the next line (一、)', (n, t) => `${cn(n)}、\n${t}`],
    ['【亮点一】 in lenticular brackets', (n, t) => `【亮点${cn(n)}】${t}`],
    ['**亮点一** in Markdown bold', (n, t) => `**亮点${cn(n)}** ${t}`],
  ];
  it.each(forms)('%s', (_name, heading) => {
    const article = parseArticle(sampleArticle(heading));
    expect(article.highlights.map((h) => [h.number, h.title, h.body])).toEqual(SAMPLE_TITLES.map((t, i) => [i + 1, t, SAMPLE_BODIES[i]]));
    expect(article.headline).toBe('永川区2023年民生实事 呈现三大亮点');
    expect(article.credits.map((c) => [c.role, c.name, c.kind])).toEqual([['编辑', '张三', 'editor'], ['审核', '李四', 'reviewer']]);
  });
});

describe('sample articles of other newsrooms', () => {
  it('reads a Traditional Chinese article: 亮點, 來源, （記者…拍攝）, 責任編輯, 校對', () => {
    const article = parseArticle(fixture('traditional.txt'));
    expect(article.headline).toBe('江津區主題教育 呈現三大亮點');
    expect(article.source).toBe('江津融媒體中心');
    expect(article.published).toBe('2024-02-07T09:36:00+08:00');
    expect(article.photos).toEqual([{ caption: '幾江街道宣講隊走進社區', credit: '記者 王明 拍攝' }]);
    expect(article.highlights.map((h) => h.title)).toEqual(['「關鍵少數」以上率下', '上下聯動高質高效', '千場微宣講走進尋常百姓家']);
    expect(article.credits).toEqual([
      { role: '責任編輯', name: '李明', kind: 'editor' },
      { role: '校對', name: '陳芳', kind: 'reviewer' },
    ]);
  });

  it('reads an English article: Highlight 1:, Source/Date keys, Photo: credit, hard-wrapped paragraphs', () => {
    const article = parseArticle(fixture('english.txt'));
    expect(article.source).toBe('Jiangjin Media Center');
    expect(article.published).toBe('2024-02-07T09:36:00+08:00');
    expect(article.photos).toEqual([{ caption: 'Volunteers explain new policies in a Dingshan residential community.', credit: 'Photo: Li Hua' }]);
    expect(article.lede).toBe('Since the campaign began, Jiangjin District has combined study with practice and delivered three highlights, according to the district committee.');
    expect(article.highlights.map((h) => h.title)).toEqual(['Leading officials set the example', 'Joint guidance across levels', 'Thousands of short talks reach every household']);
    expect(article.highlights[0]!.body).toContain('29 district-level leaders');
    expect(article.credits.map((c) => [c.name, c.kind])).toEqual([['Zhang Wei', 'editor'], ['Chen Fang', 'reviewer']]);
  });

  it('reads 12 sections headed 一、…十二、 and keeps numbered paragraphs and 一是…二是 inside their bodies', () => {
    const article = parseArticle(fixture('twelve-sections.txt'));
    expect(article.highlights.map((h) => h.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(article.highlights[11]!.title).toBe('举措十二落地见效');
    const second = article.highlights[1]!.body.split('\n\n');
    expect(second).toHaveLength(3);
    expect(second[1]).toMatch(/^1\\\. 全区新开工/); // escaped so Markdown keeps the text, not a list
    expect(article.photos).toEqual([{ caption: '綦江老街改造后焕然一新', credit: '记者 刘洋 摄' }]);
    expect(article.credits.map((c) => [c.role, c.name, c.kind, c.statement])).toEqual([
      ['通讯员', '李华', 'author', '本版文字由通讯员李华提供'],
      ['编辑', '王五', 'editor', undefined],
      ['编审', '赵六', 'reviewer', undefined],
    ]);
  });

  it('reads numbers above twenty: （一）…（二十三）', () => {
    const article = parseArticle(fixture('twenty-three-sections.txt'));
    expect(article.highlights).toHaveLength(23);
    expect(article.highlights.map((h) => h.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(article.highlights[20]!.title).toBe('亮夜景');
    expect(article.highlights[22]!.figures.map((f) => `${f.value}${f.unit}`)).toEqual(['69个', '23000人次']);
  });

  it('takes a title from the next line when the marker stands alone (看点一 / 特色产业提质增效)', () => {
    const article = parseArticle(fixture('title-next-line.txt'));
    expect(article.highlights.map((h) => h.title)).toEqual(['特色产业提质增效', '人居环境持续改善', '乡村治理更加有效']);
    expect(article.highlights[0]!.body).toBe('全区新建高标准农田3.2万亩，培育市级龙头企业18家，带动农户增收。');
    expect(article.published).toBe('2024-04-01T14:05:00+08:00');
  });
});

describe('a numbered paragraph inside a body never becomes a heading', () => {
  it('keeps "2. …。" paragraphs in the section when the document uses 亮点一：', () => {
    const text = sampleArticle((n, t) => `亮点${cn(n)}：${t}`).replace(SAMPLE_BODIES[0]!, `${SAMPLE_BODIES[0]}\n\n1. 其中返乡创业人员达到600余人，带动就业3000余人。\n\n2. 举办招聘会45场，提供岗位2万余个。`);
    const article = parseArticle(text);
    expect(article.highlights).toHaveLength(3);
    expect(article.highlights[0]!.body.split('\n\n')).toHaveLength(3);
  });

  it('ignores inline 一是…二是… sentences when the headings are 一、', () => {
    const text = sampleArticle((n, t) => `${cn(n)}、${t}`).replace(SAMPLE_BODIES[1]!, `一是新建学校12所，新增学位8000余个。\n二是引进优秀教师300名。\n三是义务教育入学率保持100%。`);
    const article = parseArticle(text);
    expect(article.highlights.map((h) => h.title)).toEqual(SAMPLE_TITLES);
    expect(article.highlights[1]!.body.split('\n\n')).toHaveLength(3);
  });
});
