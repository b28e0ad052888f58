import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { langOfFile, markdownItProcessor } from '@/lib/markdown/processor';
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
