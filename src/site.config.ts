import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one typed site configuration. Every default is resolved here, so the rest of the code
 * reads finished values. Deploy-time settings come from the environment (see README "Deploy").
 */

/** How a locale gets its content. */
export type LocaleSource =
  /** Markdown files under `content/<article>/<code>/`. */
  | { kind: 'files' }
  /** Generated at build time from another locale's files with OpenCC (nothing stored). */
  | { kind: 'opencc'; from: string; convert: { from: 'cn'; to: 'tw' | 'hk' | 't' } };

export interface LocaleConfig {
  /** Folder name under each article and URL segment, lower case: `zh-hans`, `en`. */
  code: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`: `zh-Hans`, `en`. */
  lang: string;
  /** Open Graph locale: `zh_CN`, `en_US`. */
  ogLocale: string;
  source: LocaleSource;
  /** UI dictionary to use (`src/i18n/<dictionary>.ts`); defaults to `code`. Lets a regional edition reuse one. */
  dictionary?: string;
}

export interface SiteConfig {
  /** Absolute origin the site is served from, e.g. `https://news.example.org`. */
  siteUrl: string;
  /** Sub-path the site lives under, always starting and ending with `/`. */
  basePath: string;
  /** Folder that holds the articles, relative to the project root. */
  contentDir: string;
  /** The source language: served at the root of the base path. */
  defaultLocale: string;
  /** Every locale, default first. Adding a language is one line here plus content and a dictionary. */
  locales: LocaleConfig[];
  /** Article shown at `/`; `undefined` means the newest. */
  rootArticle: string | undefined;
  /** Time zone in which dates are shown and timestamps are written. */
  timeZone: string;
  /** What a figure missing from a translation does to the build. */
  figureParity: 'error' | 'warn';
  /**
   * Display only: set half-width `, : ; ? ! ( )` next to Han characters full-width on Chinese pages
   * (GB/T 15834), in Markdown bodies and in every frontmatter text shown. The files are never
   * changed. On by default; `"fullWidthPunctuation": false` in `<content>/site.json` turns it off.
   */
  fullWidthPunctuation: boolean;
}

/** Turns any spelling of a base path (`zhuanti/2024`, `/zhuanti/2024/`) into `/zhuanti/2024/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = typeof process === 'undefined' ? {} : process.env;
const contentDir = env.CONTENT_DIR ?? 'content';

/**
 * Optional `<content>/site.json`: settings that travel with a content folder (a newsroom's own
 * repository of articles) — `rootArticle` and `extraLocales` appended to the ones below — so a
 * content folder can add an edition without touching code.
 */
function readContentSettings(dir: string): { rootArticle?: string; extraLocales?: LocaleConfig[]; fullWidthPunctuation?: boolean } {
  const file = join(dir, 'site.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}). Fix the syntax or delete the file.`);
  }
}
const contentSettings = readContentSettings(contentDir);

/** The site's configuration, with environment overrides applied. */
export const SITE: SiteConfig = {
  siteUrl: (env.SITE_URL ?? 'https://example.org').replace(/\/+$/, ''),
  basePath: normalizeBasePath(env.BASE_PATH),
  contentDir,
  defaultLocale: 'zh-hans',
  locales: [
    { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
    { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
    {
      code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW',
      source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } },
    },
    ...(contentSettings.extraLocales ?? []),
  ],
  rootArticle: env.ROOT_ARTICLE || contentSettings.rootArticle || undefined,
  timeZone: 'Asia/Shanghai',
  figureParity: env.FIGURE_PARITY === 'error' ? 'error' : 'warn',
  fullWidthPunctuation: contentSettings.fullWidthPunctuation !== false,
};
