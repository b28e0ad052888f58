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
}

/** Turns any spelling of a base path (`zhuanti/2024`, `/zhuanti/2024/`) into `/zhuanti/2024/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = typeof process === 'undefined' ? {} : process.env;

/** The site's configuration, with environment overrides applied. */
export const SITE: SiteConfig = {
  siteUrl: (env.SITE_URL ?? 'https://example.org').replace(/\/+$/, ''),
  basePath: normalizeBasePath(env.BASE_PATH),
  contentDir: env.CONTENT_DIR ?? 'content',
  defaultLocale: 'zh-hans',
  locales: [
    { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
    { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
    {
      code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW',
      source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } },
    },
  ],
  rootArticle: env.ROOT_ARTICLE || undefined,
  timeZone: 'Asia/Shanghai',
  figureParity: env.FIGURE_PARITY === 'error' ? 'error' : 'warn',
};
