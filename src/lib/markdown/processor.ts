import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { createMarkdown } from './create-markdown';
import { SITE } from '../../site.config';

/** The language of a content file, from its locale folder (`…/<article>/en/01.md` → `en`). */
export function langOfFile(fileURL: URL | undefined): string | undefined {
  const folder = fileURL?.pathname.split('/').at(-2);
  return SITE.locales.find((l) => l.code === folder)?.lang;
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
            code: md.render(content, { lang: langOfFile(opts?.fileURL) }),
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
