import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { normalizeBasePath } from './lib/model/routes';
import { ARTICLE_ID } from './lib/content/content-path';
import { NEWSROOM_TIME_ZONE } from './lib/content/dates';

/**
 * The one typed site configuration. Every default is resolved here, so the rest of the code
 * reads finished values. Deploy-time settings come from the environment (see README "Deploy").
 */

/** Locale codes are folder names and URL segments: `zh-hk`, `en`, never `../x`. */
const LOCALE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** How a locale gets its content. */
export const localeSourceSchema = z.discriminatedUnion('kind', [
  /** Markdown files under `content/<article>/<code>/`. */
  z.strictObject({ kind: z.literal('files') }),
  /** Generated at build time from another locale's files with OpenCC (nothing stored). */
  z.strictObject({
    kind: z.literal('opencc'),
    from: z.string().regex(LOCALE_CODE),
    convert: z.strictObject({ from: z.literal('cn'), to: z.enum(['tw', 'hk', 't']) }),
  }),
]);
export type LocaleSource = z.infer<typeof localeSourceSchema>;

export const localeConfigSchema = z.strictObject({
  /** Folder name under each article and URL segment, lower case: `zh-hans`, `en`. */
  code: z.string().regex(LOCALE_CODE, 'lower-case letters and hyphens, e.g. zh-hk'),
  /** BCP 47 tag for `<html lang>` and `hreflang`: `zh-Hans`, `en`. */
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag, e.g. zh-Hant-HK'),
  /** Open Graph locale: `zh_CN`, `en_US`. */
  ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'like zh_HK'),
  source: localeSourceSchema,
  /**
   * UI dictionary to use: `src/i18n/dictionaries/<dictionary>.json` or the content folder's
   * `dictionary.<dictionary>.json`; defaults to `code`. Lets a regional edition reuse one.
   */
  dictionary: z.string().regex(LOCALE_CODE).optional(),
});
export type LocaleConfig = z.infer<typeof localeConfigSchema>;

/**
 * Optional `<content>/site.json`: settings that travel with a content folder (a newsroom's own
 * repository of articles), so a content folder can add an edition without touching code.
 */
export const contentSettingsSchema = z.strictObject({
  /** Article shown at `/` (an article folder name); the newest when absent. */
  rootArticle: z.string().regex(ARTICLE_ID, 'an article folder name, e.g. jiangjin-2024-02-07').optional(),
  /** Editions appended to the built-in locales below. */
  extraLocales: z.array(localeConfigSchema).default([]),
  /** Show ASCII , : ; ? ! ( ) next to Han characters full-width on the page (display only); default true. */
  fullWidthPunctuation: z.boolean().optional(),
});
export type ContentSettings = z.infer<typeof contentSettingsSchema>;

export interface SiteConfig {
  /** Absolute origin the site is served from, e.g. `https://news.example.org`. */
  siteUrl: string;
  /** Sub-path the site lives under, always starting and ending with `/`. */
  basePath: string;
  /** Folder that holds the articles, relative to the project root. */
  contentDir: string;
  /** The source language: served at the root of the base path. */
  defaultLocale: string;
  /** Every locale, default first: the built-in ones, then `extraLocales` of `<content>/site.json`. */
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

const env = typeof process === 'undefined' ? {} : process.env;
const contentDir = env.CONTENT_DIR ?? 'content';

/** `site.json` read and validated: its settings, or the defaults and what is wrong with it. */
export interface ContentSettingsResult {
  settings: ContentSettings;
  /** Set when the file exists but is not valid; the checker reports it and the build stops. */
  problem?: { line?: number; field: string; zh: string; en: string };
}

/**
 * Reads `<dir>/site.json`. Never throws: an invalid file yields the defaults plus a problem,
 * which `npm run check` and the build's content check report with the file name.
 */
export function readContentSettings(dir: string): ContentSettingsResult {
  const file = join(dir, 'site.json');
  const settings: ContentSettings = { extraLocales: [] };
  if (!existsSync(file)) return { settings };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as Error).message;
    return { settings, problem: { field: 'file',
      zh: `不是有效的 JSON（${reason}）。请改正语法（例如多余的逗号、缺少的引号），或删除这个文件。`,
      en: `Not valid JSON (${reason}). Fix the syntax (e.g. a trailing comma, a missing quote) or delete the file.` } };
  }
  const parsed = contentSettingsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'file';
    return { settings, problem: { field,
      zh: `字段 ${field} 不符合要求：${issue.message}。可用字段：rootArticle、extraLocales（每项 code、lang、ogLocale、source、dictionary）、fullWidthPunctuation。`,
      en: `Field "${field}" is not valid: ${issue.message}. Known fields: rootArticle, extraLocales (each code, lang, ogLocale, source, dictionary), fullWidthPunctuation.` } };
  }
  const builtIn = new Set(BUILT_IN_LOCALES.map((l) => l.code));
  const clash = parsed.data.extraLocales.find((l) => builtIn.has(l.code));
  if (clash) {
    return { settings, problem: { field: 'extraLocales',
      zh: `语言代码 ${clash.code} 已经内置，不能再加一次。请换一个代码，例如 zh-hk。`,
      en: `The locale code ${clash.code} is built in and cannot be added again. Choose another code, e.g. zh-hk.` } };
  }
  return { settings: parsed.data };
}

/** The locales every site has, default first. */
const BUILT_IN_LOCALES: LocaleConfig[] = [
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
  {
    code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW',
    source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } },
  },
];

/** Every locale of a site whose content folder has these settings. */
export function localesWith(settings: ContentSettings): LocaleConfig[] {
  return [...BUILT_IN_LOCALES, ...settings.extraLocales];
}

const contentSettings = readContentSettings(contentDir).settings;

/** The site's configuration, with environment overrides applied. */
export const SITE: SiteConfig = {
  siteUrl: (env.SITE_URL ?? 'https://example.org').replace(/\/+$/, ''),
  basePath: normalizeBasePath(env.BASE_PATH),
  contentDir,
  defaultLocale: 'zh-hans',
  locales: localesWith(contentSettings),
  rootArticle: env.ROOT_ARTICLE || contentSettings.rootArticle || undefined,
  timeZone: NEWSROOM_TIME_ZONE,
  figureParity: env.FIGURE_PARITY === 'error' ? 'error' : 'warn',
  fullWidthPunctuation: contentSettings.fullWidthPunctuation !== false,
};
