import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
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
 * Astro's official seam for a Markdown engine (`markdown.processor` in astro.config), kept empty:
 * without it Astro's own engine would render every `.md` entry during content sync. The page
 * model renders each body once with markdown-it instead (src/lib/content/collections.ts), so
 * Astro's content store, which the build bundles whole as one string, holds no HTML: at 1,000
 * articles the HTML was 16.5 M of its characters, and Vite parsing it the build's peak of memory
 * (issue 12). The entry's frontmatter is handed back, as Astro expects.
 */
export function markdownItProcessor(): MarkdownProcessor {
  return {
    name: 'markdown-it',
    options: {},
    async createRenderer() {
      return {
        async render(_content, opts) {
          return {
            code: '',
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
