// Site-level catalogue: site settings (`<content>/site.json`, src/site.config.ts) and the page
// model's checks on them (src/lib/model/); UI dictionary files (src/i18n/compile-dictionary.ts,
// reported with file and line by check/dictionary-rules.ts); and what the tools say about a run as
// a whole (`npm run check`, `astro build` refusing to build, the dev server's overlay).
import { EditorError, message, reporterFor, textsFor, type MessagePlace, type ReportArgs } from './editor-message';

const SITE_JSON_FIELDS = ['rootArticle、extraLocales（每项 code、lang、ogLocale、source、dictionary）、fullWidthPunctuation、feedItems', 'rootArticle, extraLocales (each code, lang, ogLocale, source, dictionary), fullWidthPunctuation, feedItems'] as const;

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

// — UI dictionary files —
const EN_JSON = 'src/i18n/dictionaries/en.json';

export const DICTIONARY_MESSAGES = {
  'unknown-key': message<{ key: string; guess: string | undefined }>('error',
    ({ key, guess }) => `不认识的键 "${key}"。${guess ? `你是不是想写 "${guess}"？` : ''}请改成已有的键或删除它（所有的键见 ${EN_JSON}）。`,
    ({ key, guess }) => `Unknown key "${key}".${guess ? ` Did you mean "${guess}"?` : ''} Use a known key or delete it (every key is in ${EN_JSON}).`),
  'missing-key': message<{ key: string }>('error',
    ({ key }) => `缺少键 "${key}"。请从 ${EN_JSON} 抄下这一项并翻译。`,
    ({ key }) => `The key "${key}" is missing. Copy it from ${EN_JSON} and translate it.`),
  'bad-date-locale': message<{ reason: string }>('error',
    ({ reason }) => `日期格式无法使用（${reason}）。dateLocale 要写成 BCP 47 语言标记，例如 fr-FR、ja-JP。`,
    ({ reason }) => `Dates cannot be formatted (${reason}). dateLocale must be a BCP 47 tag such as fr-FR or ja-JP.`),
  'not-an-object': message('error',
    () => '词典文件必须是一个 JSON 对象：{ "languageName": "…", … }。',
    () => 'A dictionary file must be one JSON object: { "languageName": "…", … }.'),
  'bad-value': message<{ field: string; reason: string }>('error',
    ({ field, reason }) => `"${field}" 的值不对：${reason}。请照 ${EN_JSON} 里同一项的写法改。`,
    ({ field, reason }) => `The value of "${field}" is not valid: ${reason}. Write it as the same key in ${EN_JSON} does.`),
};

/**
 * The two texts of a dictionary problem (its place is added by the loader, which knows the file).
 * @example dictionaryText('missing-key', { key: 'sourceLabel' }).en // 'The key "sourceLabel" is missing. …'
 */
export const dictionaryText = textsFor(DICTIONARY_MESSAGES);

// — A run as a whole —
export const RUN_MESSAGES = {
  'check-failed': message<{ dir: string; reason: string }>('error',
    ({ dir, reason }) => `✖ 检查 ${dir} 时出错：${reason}。请检查这个文件夹能否读取。`,
    ({ dir, reason }) => `Checking ${dir} failed: ${reason}. Check that the folder can be read.`),
  'check-usage': message<{ reason: string }>('error',
    ({ reason }) => `${reason}\n用法：npm run check [-- --content <文件夹>]`,
    () => 'Usage: npm run check [-- --content <folder>]'),
  'build-stopped': message<{ errors: number }>('error',
    ({ errors }) => `内容检查发现 ${errors} 个错误，未生成任何文件。请按上面的提示修改后重新构建。`,
    ({ errors }) => `Content check found ${errors} error(s); nothing was built. Fix them as described above and build again.`),
  'dev-content-errors': message<{ errors: number }>('error',
    ({ errors }) => `内容检查发现 ${errors} 个错误，网页显示的还是上一次正确的内容。改正后保存，这条提示会自动消失。`,
    ({ errors }) => `Content check found ${errors} error(s); the page still shows the last good content. Fix and save: this message goes away by itself.`),
  'build-recovered': message<{ line: string }>('warning',
    ({ line }) => `恢复上次中断的构建：${line}`,
    ({ line }) => `Recovered an interrupted build: ${line}`),
  'build-failed': message<{ target: string }>('error',
    ({ target }) => `构建失败，${target} 保持不变（上一次成功构建的内容仍在）。请按上面的提示修改后重新构建。`,
    ({ target }) => `The build failed; ${target} was left unchanged (the last good build is still there). Fix what is reported above and build again.`),
  'swap-failed': message<{ target: string; reason: string }>('error',
    ({ target, reason }) => `无法把新构建放到 ${target}（${reason}），旧内容保持不变。请检查磁盘空间和权限。`,
    ({ target, reason }) => `Could not put the new build in place at ${target} (${reason}); the old output was left unchanged. Check disk space and permissions.`),
  'highlight-untranslated': message<{ number: number; locale: string }>('warning',
    ({ number, locale }) => `亮点 ${number} 没有 ${locale} 译文，页面显示原文。要翻译，请新建这个文件。`,
    ({ number, locale }) => `Highlight ${number} has no ${locale} translation; the page shows the source text. Create this file to translate it.`),
};

/** A run message (no file): `formatMessage(runMessage('build-stopped', { file: '' }, { errors }))`. */
export const runMessage = reporterFor(RUN_MESSAGES);
