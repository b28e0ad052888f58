import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '@/lib/markdown/create-markdown';
import { isSafeUrl } from '@/lib/markdown/safe-links';

const FIXTURES = join(import.meta.dirname, '../../fixtures/markdown');
const cases = readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

describe('createMarkdown renders each fixture (input .md → expected .html) exactly', () => {
  const md = createMarkdown();
  it('has fixtures to run', () => expect(cases.length).toBeGreaterThanOrEqual(6));
  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(FIXTURES, `${name}.md`), 'utf8');
    const expected = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
    // `name.en.md` is rendered as an English file; others as Simplified Chinese.
    const lang = name.match(/\.([a-z]{2}(?:-[A-Za-z]+)?)$/)?.[1] ?? 'zh-Hans';
    expect(md.render(input, { lang })).toBe(expected);
  });
});

describe('isSafeUrl refuses script-capable and inline-data link targets', () => {
  it.each([
    ['https://example.org/', true],
    ['#highlight-05', true],
    ['../other/', true],
    ['mailto:news@example.org', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' vbscript:msgbox', false],
    ['data:text/html,<script>', false],
    ['data:image/png;base64,AAAA', false],
    ['file:///etc/passwd', false],
    ['java%09script:alert(1)', false],
    ['jav%09ascript:alert(1)', false],
    ['da%0Ata:text/html,x', false],
    ['https://example.org/a:b', true],
    ['/path/with:colon', true],
  ])('%s → %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));

  it('drops a data: image source as well', () => {
    expect(createMarkdown().render('![x](data:image/png;base64,AAAA)')).not.toContain('<img');
  });
});

describe('obfuscated script links written in Markdown never become links', () => {
  it.each([
    '[tab](<java\tscript:alert(1)>)',
    '[entity](jav&#x09;ascript:alert(1))',
    '[newline](<java\nscript:alert(1)>)',
    '[datatab](<da\tta:text/html,x>)',
  ])('%s', (source) => expect(createMarkdown().render(source)).not.toContain('<a '));

  it('[nul](java&#0;script:…) stays a relative link a browser cannot run (the # starts a fragment)', () => {
    const href = /href="([^"]*)"/.exec(createMarkdown().render('[nul](java&#0;script:alert(1))'))?.[1] ?? '';
    expect(new URL(href.replace(/&amp;/g, '&'), 'https://example.org/').protocol).toBe('https:');
  });
});

describe('<wbr> beside curly quotes, at every place and only there', () => {
  const md = createMarkdown();
  it.each([
    ['“三会”解决“三事”经验', '“三会”<wbr>解决<wbr>“三事”<wbr>经验'],
    ['𠀋“甲”𠀋', '𠀋<wbr>“甲”<wbr>𠀋'],
    ['他说‘好’吧', '他说<wbr>‘好’<wbr>吧'],
    ['a“b”c “中” 文', 'a“b”c “中” 文'],
    ['”中“', '”<wbr>中<wbr>“'],
    ['会议7次“三会”', '会议<span>7次</span>“三会”'],
  ])('%s', (source, html) => expect(md.render(source, { lang: 'zh-Hans' })).toBe(`<p>${html}</p>\n`));
});
