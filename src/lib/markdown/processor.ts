import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { createMarkdown } from './create-markdown';
import type { RenderEnv } from './render-env';
import { SITE } from '../../site.config';
import { localeOfPath } from '../content/content-path';

/**
 * The language of a content file, from its locale folder; undefined outside a locale folder.
 * @example langOfFile('content/jiangjin/en/01.md') // 'en'
 */
export function langOfFile(file: URL | string | undefined, locales: readonly { code: string; lang: string }[] = SITE.locales): string | undefined {
  if (file === undefined) return undefined;
  const locale = localeOfPath(typeof file === 'string' ? file : file.pathname);
  return locales.find((l) => l.code === locale)?.lang;
}

/**
 * Astro's official seam for a Markdown engine (`markdown.processor` in astro.config): the stock
 * glob loader renders every `.md` entry through it once, during content sync, and caches the
 * result, so `render(entry)` returns markdown-it's HTML and nothing renders twice.
 */
export function markdownItProcessor(): MarkdownProcessor {
  return {
    name: 'markdown-it',
    options: {},
    async createRenderer() {
      const md = createMarkdown();
      return {
        async render(content, opts) {
          return {
            code: md.render(content, { lang: langOfFile(opts?.fileURL) } satisfies RenderEnv),
            metadata: {
              headings: [],
              localImagePaths: [],
              remoteImagePaths: [],
              frontmatter: opts?.frontmatter ?? {},
            },
          };
        },
      };
    },
  };
}
