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

  // Bodies are rendered by the page model (collections.ts), so Astro's content store, bundled
  // into the build whole, carries no HTML; the page's HTML is tested through real builds.
  it('renders no HTML into the content store and hands the frontmatter back', async () => {
    const out = await render('**粗体** text', 'a/zh-hans/01.md');
    expect(out.code).toBe('');
    expect(out.metadata.frontmatter).toEqual({ title: 't' });
  });
});
