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
  ])('%s → %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));

  it('drops a data: image source as well', () => {
    expect(createMarkdown().render('![x](data:image/png;base64,AAAA)')).not.toContain('<img');
  });
});
