// Catalogue: site settings (`<content>/site.json`, src/site.config.ts), the UI dictionaries at
// render time (src/i18n/index.ts) and the page model's checks on settings (src/lib/model/).
// The content check reports the same things first; these are what a skipped check would meet.
import { EditorError, type MessagePlace } from './editor-message';
import { message, reporterFor, type ReportArgs } from './catalogue';

const SITE_JSON_FIELDS = ['rootArticle、extraLocales（每项 code、lang、ogLocale、source、dictionary）、fullWidthPunctuation', 'rootArticle, extraLocales (each code, lang, ogLocale, source, dictionary), fullWidthPunctuation'] as const;

export const CONFIG_MESSAGES = {
  'site-json-syntax': {
    ...message<{ reason: string }>('error',
      ({ reason }) => `不是有效的 JSON（${reason}）。请改正语法（例如多余的逗号、缺少的引号），或删除这个文件。`,
      ({ reason }) => `Not valid JSON (${reason}). Fix the syntax (e.g. a trailing comma, a missing quote) or delete the file.`),
    rule: 'site-settings',
  },
  'site-json-field': {
    ...message<{ field: string; reason: string }>('error',
      ({ field, reason }) => `字段 ${field} 不符合要求：${reason}。可用字段：${SITE_JSON_FIELDS[0]}。`,
      ({ field, reason }) => `Field "${field}" is not valid: ${reason}. Known fields: ${SITE_JSON_FIELDS[1]}.`),
    rule: 'site-settings',
  },
  'site-json-built-in-locale': {
    ...message<{ code: string }>('error',
      ({ code }) => `语言代码 ${code} 已经内置，不能再加一次。请换一个代码，例如 zh-hk。`,
      ({ code }) => `The locale code ${code} is built in and cannot be added again. Choose another code, e.g. zh-hk.`),
    rule: 'site-settings',
  },
  'dictionary-unusable': message<{ name: string; locale: string }>('error',
    ({ name, locale }) => `没有可用的界面词典 ${name}（语言 ${locale}），请运行 npm run check 查看原因。`,
    ({ name, locale }) => `No usable UI dictionary "${name}" for locale "${locale}": run npm run check to see why.`),
  'root-article-missing': message<{ configured: string; contentDir: string; articles: readonly string[] }>('error',
    ({ configured, contentDir, articles }) => `首页文章 rootArticle“${configured}”在 ${contentDir}/ 里不存在。请改成已有的文章文件夹之一：${articles.join('、')}。`,
    ({ configured, contentDir, articles }) => `Site config rootArticle "${configured}" does not exist under ${contentDir}/. Use one of: ${articles.join(', ')}.`),
  'no-default-locale-article': message<{ defaultLocale: string; contentDir: string }>('error',
    ({ defaultLocale, contentDir }) => `默认语言 ${defaultLocale} 没有任何文章。请新建 ${contentDir}/<文章>/${defaultLocale}/index.md。`,
    ({ defaultLocale, contentDir }) => `No article in the default locale "${defaultLocale}": add ${contentDir}/<article>/${defaultLocale}/index.md.`),
  'section-label-invalid': message<{ zh: string; en: string }>('error',
    ({ zh }) => `sectionLabel ${zh}`,
    ({ en }) => `sectionLabel: ${en}`),
};

/** A settings message: `configMessage('site-json-syntax', { file: 'site.json', field: 'file' }, { reason })`. */
export const configMessage = reporterFor(CONFIG_MESSAGES);

/**
 * The same as a thrown error, for code that cannot go on (the build prints it, both languages).
 * @example throw configError('root-article-missing', { file: 'site.json', field: 'rootArticle' }, { configured, contentDir: 'content', articles })
 */
export function configError<K extends keyof typeof CONFIG_MESSAGES>(rule: K, where: MessagePlace, ...args: ReportArgs<typeof CONFIG_MESSAGES, K>): EditorError {
  return new EditorError(configMessage(rule, where, ...args));
}
