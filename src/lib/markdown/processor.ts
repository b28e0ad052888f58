import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The markdown-it packages whose version changes the HTML (create-markdown.ts imports them). */
const RENDER_PACKAGES = ['markdown-it', 'markdown-it-cjk-breaks', 'markdown-it-cjk-friendly'];

/**
 * A digest of everything that decides the HTML of a body besides the Markdown itself: the given
 * source files, the packages' versions and the settings. Astro keeps each entry's rendered HTML
 * in its data store (the build cache, restored by the deploy workflow) keyed by the file's
 * content only, and clears the store when the Astro config changes; with this digest in the
 * processor's options, a changed plugin (issue 12: the number-unit span lost its class, and the
 * stylesheet its `.nu` rule) re-renders every entry instead of shipping the old HTML.
 * @example renderDigest(['src/lib/markdown/cjk-number-units.ts'], { fullWidthPunctuation: true }) // '3f…' (16 hex digits)
 */
export function renderDigest(files: readonly string[], settings: unknown, packages: readonly string[] = RENDER_PACKAGES): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  const require = createRequire(import.meta.url);
  for (const name of packages) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
  return hash.update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}

/** This folder's modules and the zh/ module they import: the source of every plugin. */
function renderSources(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [...readdirSync(here).filter((f) => f.endsWith('.ts')).sort().map((f) => join(here, f)), join(here, '../zh/cjk-punctuation.ts')];
}

/**
 * Astro's official seam for a Markdown engine (`markdown.processor` in astro.config): the stock
 * glob loader renders every `.md` entry through it once, during content sync, and caches the
 * result, so `render(entry)` returns markdown-it's HTML and nothing renders twice. `options`
 * carries only the render digest, which Astro hashes with the rest of its config.
 */
export function markdownItProcessor(): MarkdownProcessor {
  return {
    name: 'markdown-it',
    options: { renderDigest: renderDigest(renderSources(), { fullWidthPunctuation: SITE.fullWidthPunctuation, locales: SITE.locales }) },
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
