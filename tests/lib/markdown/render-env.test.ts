import { describe, expect, it } from 'vitest';
import { createMarkdown } from '@/lib/markdown/create-markdown';

const md = createMarkdown();

describe('the render env: page (default) or feed (pageUrl)', () => {
  it.each([
    ['见[亮点一](#highlight-01)', undefined, '<p>见<a href="#highlight-01">亮点一</a></p>\n'],
    ['见[亮点一](#highlight-01)', 'https://a.org/x/', '<p>见<a href="https://a.org/x/#highlight-01">亮点一</a></p>\n'],
    ['[江津](https://www.cqjjnet.com/)', 'https://a.org/x/', '<p><a href="https://www.cqjjnet.com/" rel="noopener noreferrer">江津</a></p>\n'],
    ['[上页](../other/)', 'https://a.org/x/', '<p><a href="../other/">上页</a></p>\n'],
    ['会议7次', undefined, '<p>会议<span>7次</span></p>\n'],
    ['会议7次', 'https://a.org/x/', '<p>会议7次</p>\n'],
  ])('%j with pageUrl %s', (source, pageUrl, html) => expect(md.render(source, { lang: 'zh-Hans', pageUrl })).toBe(html));

  it('gives a feed the same text as the page', () => {
    const source = '江津区坚持把“学思想、强党性”总要求贯穿全过程,召开会议7次。见[亮点一](#highlight-01)';
    const text = (html: string) => html.replace(/<[^>]*>/g, '');
    expect(text(md.render(source, { lang: 'zh-Hans', pageUrl: 'https://a.org/' }))).toBe(text(md.render(source, { lang: 'zh-Hans' })));
  });
});
