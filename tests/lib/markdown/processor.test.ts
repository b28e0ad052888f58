import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { langOfFile, markdownItProcessor, renderDigest } from '@/lib/markdown/processor';
import { SITE } from '@/site.config';

const url = (path: string) => pathToFileURL(`/site/content/${path}`);

describe('langOfFile', () => {
  it.each([
    ['jiangjin/zh-hans/01.md', 'zh-Hans'],
    ['jiangjin/zh-hans/index.md', 'zh-Hans'],
    ['jiangjin/en/01.md', 'en'],
    ['jiangjin/zh-hant/01.md', 'zh-Hant'],
    ['jiangjin/fr/01.md', undefined],
    ['jiangjin/01.md', undefined],
    ['zh-hans/jiangjin/01.md', undefined],
  ])('langOfFile(file:///site/content/%s) = %s', (path, lang) => expect(langOfFile(url(path))).toBe(lang));

  it('langOfFile(undefined) = undefined (a string rendered outside a file)', () => {
    expect(langOfFile(undefined)).toBeUndefined();
  });

  it('knows every configured locale by its folder', () => {
    expect(SITE.locales.map((l) => langOfFile(url(`a/${l.code}/01.md`)))).toEqual(SITE.locales.map((l) => l.lang));
  });
});

describe('markdownItProcessor', () => {
  const render = async (content: string, path?: string) => {
    const renderer = await markdownItProcessor().createRenderer({} as never);
    return renderer.render(content, { fileURL: path ? url(path) : undefined, frontmatter: { title: 't' } } as never);
  };

  it('renders Markdown to HTML and hands the frontmatter back', async () => {
    const out = await render('**粗体** text', 'a/zh-hans/01.md');
    expect(out.code).toBe('<p><strong>粗体</strong> text</p>\n');
    expect(out.metadata.frontmatter).toEqual({ title: 't' });
  });

  it.each([
    ['a/zh-hans/01.md', '<p>江津李应兰</p>\n'],
    ['a/en/01.md', '<p>Jiangjin <span lang="zh-Hans">李应兰</span></p>\n'],
  ])('marks Han text as zh-Hans only in a non-Chinese file, by its locale folder: %s', async (path, html) => {
    const text = path.includes('/en/') ? 'Jiangjin 李应兰' : '江津李应兰';
    expect((await render(text, path)).code).toBe(html);
  });
});

// Astro keeps rendered bodies in its build cache by file content and clears that cache when its
// config changes: the digest in the processor's options is what makes a plugin change count.
describe('renderDigest: the processor options change whenever the rendering would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-digest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plugin = join(dir, 'plugin.ts');
  const digestOf = (source: string, settings: unknown = { fullWidthPunctuation: true }) => {
    writeFileSync(plugin, source);
    return renderDigest([plugin], settings);
  };

  it('is the same for the same sources and settings', () => {
    expect(digestOf('a')).toBe(digestOf('a'));
    expect(digestOf('a')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with a plugin\'s source, with the settings and with the markdown-it packages', () => {
    const before = digestOf("'<span class=\"nu\">'");
    expect(digestOf("'<span>'")).not.toBe(before);
    expect(digestOf("'<span class=\"nu\">'", { fullWidthPunctuation: false })).not.toBe(before);
    writeFileSync(plugin, "'<span class=\"nu\">'");
    expect(renderDigest([plugin], { fullWidthPunctuation: true }, ['markdown-it'])).not.toBe(before);
  });

  it('is in the options Astro hashes with its config', () => {
    expect(markdownItProcessor().options).toEqual({ renderDigest: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });
});
