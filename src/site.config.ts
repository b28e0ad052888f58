import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { EditorMessage } from './lib/messages/editor-message';
import { configMessage } from './lib/messages/config-messages';
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
 * The name of the UI dictionary a locale uses: its `dictionary`, else its code.
 * @example dictionaryOf({ code: 'zh-hk', dictionary: 'zh-hant', … }) // 'zh-hant'
 */
export function dictionaryOf(locale: Pick<LocaleConfig, 'code' | 'dictionary'>): string {
  return locale.dictionary ?? locale.code;
}

/**
 * Cross-entry rules of a locale list, on top of each entry's schema: every code once, and every
 * OpenCC edition converted from a locale that has files (a typo there would silently give an
 * edition with no pages). `before` are the locales listed ahead of these (the built-in ones).
 */
function checkLocaleList(locales: LocaleConfig[], ctx: z.RefinementCtx, before: LocaleConfig[] = [], path: (string | number)[] = []): void {
  const all = [...before, ...locales];
  const withFiles = all.filter((l) => l.source.kind === 'files').map((l) => l.code);
  locales.forEach((locale, index) => {
    if (locales.findIndex((l) => l.code === locale.code) < index) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'code'], message: `the code ${locale.code} is listed twice; give each edition its own code` });
    }
    if (locale.source.kind === 'opencc' && !withFiles.includes(locale.source.from)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'source', 'from'],
        message: `no locale with files is called ${locale.source.from}; use one of ${withFiles.join(', ')}` });
    }
  });
}

/**
 * Optional `<content>/site.json`: settings that travel with a content folder (a newsroom's own
 * repository of articles), so a content folder can add an edition without touching code.
 */
export const contentSettingsSchema = z.strictObject({
  /** Article shown at `/` (an article folder name); the newest when absent. */
  rootArticle: z.string().regex(ARTICLE_ID, 'an article folder name, e.g. jiangjin-2024-02-07').optional(),
  /** Editions appended to the built-in locales below. */
  extraLocales: z.array(localeConfigSchema).default([])
    .superRefine((extra, ctx) => checkLocaleList(extra, ctx, BUILT_IN_LOCALES)),
  /** Show ASCII , : ; ? ! ( ) next to Han characters full-width on the page (display only); default true. */
  fullWidthPunctuation: z.boolean().optional(),
  /** How many articles each locale's RSS feed carries, the newest first; default `DEFAULT_FEED_ITEMS`. */
  feedItems: z.number().int().min(1).optional(),
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
  /**
   * How many articles each locale's RSS feed carries, the newest first, each in full. A feed
   * announces what is new and readers keep what they fetched before, so an archive's feed stays
   * this size however many articles the site has. `"feedItems"` in `<content>/site.json`.
   */
  feedItems: number;
}

/**
 * Articles per feed when `site.json` does not say: 10, as WordPress feeds carry by default; each
 * in full, ~0.33 MB a feed at the bench's article size (a report of ten highlights is ~30 KB).
 */
export const DEFAULT_FEED_ITEMS = 10;

const env = typeof process === 'undefined' ? {} : process.env;
const contentDir = env.CONTENT_DIR ?? 'content';

/** `site.json` read and validated: its settings, or the defaults and what is wrong with it. */
export interface ContentSettingsResult {
  settings: ContentSettings;
  /** Set when the file exists but is not valid; the checker reports it and the build stops. */
  problem?: EditorMessage;
}

/**
 * Reads `<dir>/site.json`. Never throws: an invalid file yields the defaults plus a problem,
 * which `npm run check` and the build's content check report with the file name.
 */
export function readContentSettings(dir: string): ContentSettingsResult {
  const file = join(dir, 'site.json');
  const settings: ContentSettings = { extraLocales: [] };
  if (!existsSync(file)) return { settings };
  const at = (field: string) => ({ file: 'site.json', field });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { settings, problem: configMessage('site-json-syntax', at('file'), { reason: (error as Error).message }) };
  }
  const parsed = contentSettingsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'file';
    return { settings, problem: configMessage('site-json-field', at(field), { field, reason: issue.message }) };
  }
  const builtIn = new Set(BUILT_IN_LOCALES.map((l) => l.code));
  const clash = parsed.data.extraLocales.find((l) => builtIn.has(l.code));
  if (clash) return { settings, problem: configMessage('site-json-built-in-locale', at('extraLocales'), { code: clash.code }) };
  return { settings: parsed.data };
}

/** The locales every site has, default first; validated like a content folder's, so a slip here fails at once. */
const BUILT_IN_LOCALES: LocaleConfig[] = z.array(localeConfigSchema).superRefine((list, ctx) => checkLocaleList(list, ctx)).parse([
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
  {
    code: 'zh-hant', lang: 'zh-Hant', ogLocale: 'zh_TW',
    source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'tw' } },
  },
]);

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
  feedItems: contentSettings.feedItems ?? DEFAULT_FEED_ITEMS,
};
