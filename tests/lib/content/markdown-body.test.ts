import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownBody, readMarkdownBodies } from '@/lib/content/markdown-body';
import { ROOT } from '../../support';

/** `entry.body` as Astro's glob loader stores it (astro/dist/vite-plugin-markdown/content-entry-type.js). */
const astroBody = (text: string) => parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim();

describe('markdownBody', () => {
  it.each([
    ['frontmatter and body', '---\nnumber: 1\ntitle: 标题\n---\n\n正文第一段。\n\n第二段。\n', '正文第一段。\n\n第二段。'],
    ['no frontmatter', '\n  正文  \n', '正文'],
    ['a BOM before the block', '\uFEFF---\ntitle: x\n---\nbody\n', 'body'],
    ['blank lines before the block', '\n\n---\ntitle: x\n---\nbody', 'body'],
    ['CRLF line ends', '---\r\ntitle: x\r\n---\r\n\r\nbody\r\nline two\r\n', 'body\r\nline two'],
    ['the block repeated in the body', '---\na: 1\n---\nx\n---\na: 1\n---\n', 'x\n---\na: 1\n---'],
    ['an empty block', '---\n---\nbody', 'body'],
    ['an empty body', '---\ntitle: x\n---\n', ''],
    ['a thematic break only in the body', 'text\n\n---\n\nmore', 'text\n\n---\n\nmore'],
    ['TOML frontmatter', '+++\ntitle = "x"\n+++\nbody', 'body'],
  ])('%s: the body Astro stores', (_name, text, body) => {
    expect(markdownBody(text)).toBe(body);
    expect(markdownBody(text)).toBe(astroBody(text));
  });

  it('gives the body Astro stores for every Markdown file of content/ and the test fixtures', () => {
    const files = globSync('{content,tests/fixtures}/**/*.md', { cwd: ROOT });
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      let expected: string;
      try {
        expected = astroBody(text);
      } catch {
        continue; // broken YAML on purpose (bad-input fixtures): Astro stops the build, nothing is stored
      }
      expect(markdownBody(text), file).toBe(expected);
    }
  });
});

describe('readMarkdownBodies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'markdown-body-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each file once, by the path relative to the root, and skips entries without a file', async () => {
    mkdirSync(join(dir, 'a/zh-hans'), { recursive: true });
    writeFileSync(join(dir, 'a/zh-hans/index.md'), '---\nlocale: zh-hans\n---\n\n导语。\n');
    writeFileSync(join(dir, 'a/zh-hans/01.md'), '---\nnumber: 1\n---\n正文。');
    const bodies = await readMarkdownBodies(['a/zh-hans/index.md', 'a/zh-hans/01.md', 'a/zh-hans/01.md', undefined], dir);
    expect([...bodies]).toEqual([['a/zh-hans/index.md', '导语。'], ['a/zh-hans/01.md', '正文。']]);
  });

  it('fails on a file that is gone rather than building a page without its text', async () => {
    await expect(readMarkdownBodies(['missing/zh-hans/01.md'], dir)).rejects.toThrow(/ENOENT/);
  });
});
