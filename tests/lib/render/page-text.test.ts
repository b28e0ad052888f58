import { describe, expect, it } from 'vitest';
import { creditText, describeArticle, htmlToText } from '@/lib/render/page-text';

describe('htmlToText', () => {
  it.each([
    ['<p>导语</p>', '导语'],
    ['<p>第一段</p>\n<p>第二段</p>', '第一段 第二段'],
    ['<p><strong>“关键少数”</strong>以上率下</p>', '“关键少数”以上率下'],
    ['<p>a &lt;b&gt; &quot;c&quot; &#39;d&#39; &amp;amp;</p>', 'a <b> "c" \'d\' &amp;'],
    ['<p>  多余\n\t空白  </p>', '多余 空白'],
    ['<p>4.3<span class="nu">亿元</span></p>', '4.3亿元'],
    ['', ''],
  ])('htmlToText(%j) = %j', (html, text) => expect(htmlToText(html)).toBe(text));
});

describe('describeArticle', () => {
  const lede = (chars: number) => `<p>${'字'.repeat(chars)}</p>`;
  it.each([
    [{ description: '自己的描述', ledeHtml: lede(200) }, undefined, '自己的描述'],
    [{ ledeHtml: '<p>短导语。</p>' }, undefined, '短导语。'],
    [{ ledeHtml: lede(120) }, undefined, '字'.repeat(120)],
    [{ ledeHtml: lede(121) }, undefined, `${'字'.repeat(119)}…`],
    [{ ledeHtml: '<p>一二三四五六</p>' }, 5, '一二三四…'],
    [{ ledeHtml: '<p>一二三四五</p>' }, 5, '一二三四五'],
  ])('describeArticle(%j, %s) = %j', (meta, max, out) => expect(describeArticle(meta, max)).toBe(out));

  it('cuts at the limit counting characters, never more than max', () => {
    expect(describeArticle({ ledeHtml: lede(500) })).toHaveLength(120);
  });
});

describe('creditText', () => {
  const line = (role: string, name: string) => `${role}：${name}`;
  it.each([
    [{ role: '编辑', name: '蒲泽熙', kind: 'editor' as const }, '编辑：蒲泽熙'],
    [{ role: '通讯员', name: '王豪', kind: 'author' as const, statement: '本版文字由通讯员王豪提供' }, '本版文字由通讯员王豪提供'],
  ])('creditText(%j) = %j', (credit, out) => expect(creditText(credit, line)).toBe(out));
});
