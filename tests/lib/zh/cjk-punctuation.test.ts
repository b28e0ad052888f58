import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, fullWidthSegments, isChineseLang } from '@/lib/zh/cjk-punctuation';
import { createMarkdown } from '@/lib/markdown/create-markdown';

describe('fullWidthPunctuation sets ASCII , : ; ? ! ( ) next to Han characters full-width', () => {
  it.each([
    ['来源:江津融媒体中心', '来源：江津融媒体中心'],
    ['召开会议7次,发现问题100余个;好!对吗?', '召开会议7次，发现问题100余个；好！对吗？'],
    ['镇(街道)', '镇（街道）'],
    ['(含整改)100余个', '（含整改）100余个'],
    ['(1)组织', '（1）组织'],
    ['满意度达99.5%,位居全市前列', '满意度达99.5%，位居全市前列'],
    ['主题教育, 切实', '主题教育，切实'],
    ['李应兰 (区委书记) 说', '李应兰（区委书记）说'],
    ['“四下基层”,提升', '“四下基层”，提升'],
  ])('%s → %s', (input, expected) => expect(fullWidthPunctuation(input)).toBe(expected));

  it.each([
    ['1,200 and 09:36', 'numbers and times between digits'],
    ['Li Yinglan (Party secretary), said: yes!', 'English without Han characters'],
    ['(1)(2)', 'brackets around digits alone'],
    ['江津区主题教育 呈现十大亮点', 'a headline space with no mark'],
  ])('keeps %s (%s)', (input) => expect(fullWidthPunctuation(input)).toBe(input));

  it('is undone by NFKC, so nothing-lost checks can compare modulo the mapping', () => {
    const source = '召开会议7次,发现问题(含整改)100余个;好!对吗?来源:';
    expect(fullWidthPunctuation(source).normalize('NFKC')).toBe(source);
  });

  it('looks across segments (text split by markup) and returns them one for one', () => {
    expect(fullWidthSegments(['“关键少数”', ',以上率下(', '含', ')'])).toEqual(['“关键少数”', '，以上率下（', '含', '）']);
  });

  it('returns text without a half-width mark as it is, spaces and full-width marks included', () => {
    for (const text of ['会议 7 次', '亮点一：积极践行', '  江津 融媒体 ', '', 'a.b-c/d']) expect(fullWidthPunctuation(text)).toBe(text);
    const segments = ['“关键少数” ', '以上率下', ''];
    expect(fullWidthSegments(segments)).toEqual(segments);
    expect(fullWidthSegments(segments)).not.toBe(segments);
  });

  it('applies to Chinese language tags only', () => {
    expect(['zh', 'zh-Hans', 'zh-Hant', 'zh-HK'].map(isChineseLang)).toEqual([true, true, true, true]);
    expect(['en', 'ja', undefined].map(isChineseLang)).toEqual([false, false, false]);
  });
});

describe('the Markdown pipeline on Chinese files', () => {
  const md = createMarkdown();
  it('widens punctuation across emphasis and leaves inline code as written', () => {
    expect(md.render('**“关键少数”**,以上率下 `a,b` 高位推动:好', { lang: 'zh-Hans' }))
      .toBe('<p><strong>“关键少数”</strong>，以上率下 <code>a,b</code> 高位推动：好</p>\n');
  });
  it('binds a number to its measure word or unit', () => {
    expect(md.render('召开会议7次,共4.3亿元,1.1万件次', { lang: 'zh-Hans' }))
      .toBe('<p>召开会议<span>7次</span>，共<span>4.3亿元</span>，<span>1.1万件次</span></p>\n');
  });
  it('leaves English files alone, Chinese names in brackets included', () => {
    expect(md.render('Li Yinglan (李应兰), secretary', { lang: 'en' })).toBe('<p>Li Yinglan (<span lang="zh-Hans">李应兰</span>), secretary</p>\n');
  });
});

describe('break opportunities beside curly quotes in Chinese text', () => {
  const md = createMarkdown();
  it('allows a break between Han and “ and between ” and Han, which Unicode’s QU class forbids', () => {
    expect(md.render('领导按照“5+4+3”清单', { lang: 'zh-Hans' })).toBe('<p>领导按照<wbr>“5+4+3”<wbr>清单</p>\n');
  });
  it('leaves English files alone', () => {
    expect(md.render('the “key few” lead', { lang: 'en' })).toBe('<p>the “key few” lead</p>\n');
  });
});

describe('fullWidthSegments: marks, spaces and brackets at segment edges', () => {
  it.each([
    [['主题教育 ', ', ', '切实'], ['主题教育', '，', '切实']],
    [['(', '𠀋', ')'], ['（', '𠀋', '）']],
    [['a (b (中) c) d'], ['a（b（中）c）d']],
    [['中 ) x', ' ( y'], ['中）x', ' ( y']],
    [['1,2', ',中'], ['1,2', '，中']],
    [['中', '', ':', '\t x'], ['中', '', '：', 'x']],
    [['中 , , 文'], ['中，，文']],
    [['中 ,', ' , 文'], ['中，', '，文']],
    [['a , ( 中 ) , b'], ['a ,（中）, b']],
    [['(中', ' ', ' )  ,  '], ['（中', '', '）,  ']],
  ])('%j → %j', (segments, expected) => expect(fullWidthSegments(segments)).toEqual(expected));
});
