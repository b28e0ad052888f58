import { describe, expect, it } from 'vitest';
import { markdownText } from '@/lib/markdown/plain-text';
import { createMarkdown } from '@/lib/markdown/create-markdown';
import { langOfFile } from '@/lib/markdown/processor';

const LOCALES = [{ code: 'zh-hans', lang: 'zh-Hans' }, { code: 'en', lang: 'en' }];

describe('markdownText: the text the page shows, from the token stream', () => {
  it.each([
    ['**“关键少数”**以上率下', 'zh-Hans', '“关键少数”以上率下'],
    ['江津区\n主题教育', 'zh-Hans', '江津区主题教育'],
    ['One *two*\nthree', 'en', 'One two three'],
    ['第一段。\n\n第二段。', 'zh-Hans', '第一段。 第二段。'],
    ['- 甲\n- 乙', 'zh-Hans', '甲 乙'],
    ['会议7次', 'zh-Hans', '会议7次'],
    ['见[亮点一](#highlight-01)', 'zh-Hans', '见亮点一'],
    ['a `<b>` & c', 'en', 'a <b> & c'],
    ['<script>x</script>', 'en', '<script>x</script>'],
    ['![图](photo.jpg)说明', 'zh-Hans', '说明'],
    ['行一  \n行二', 'zh-Hans', '行一 行二'],
    ['', 'zh-Hans', ''],
  ])('%j (%s) → %j', (source, lang, text) => expect(markdownText(source, lang)).toBe(text));

  it('applies the display-only full-width punctuation of Chinese files, as the page does', () => {
    const md = createMarkdown();
    const source = '主题教育,切实';
    const html = md.render(source, { lang: 'zh-Hans' });
    const shown = html.replace(/<[^>]*>/g, '').trim();
    expect(markdownText(source, 'zh-Hans', md)).toBe(shown);
    expect(markdownText(source, 'en', md)).toBe(source);
  });
});

describe('langOfFile: the language of a content file, from its locale folder', () => {
  it.each([
    ['content/jiangjin/en/01.md', 'en'],
    ['/srv/content/jiangjin/zh-hans/index.md', 'zh-Hans'],
    [new URL('file:///srv/content/jiangjin/zh-hans/05.md'), 'zh-Hans'],
    ['content/jiangjin/fr/01.md', undefined],
    [undefined, undefined],
  ])('%s → %s', (file, lang) => expect(langOfFile(file, LOCALES)).toBe(lang));
});
