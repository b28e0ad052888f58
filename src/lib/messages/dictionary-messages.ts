// Catalogue: a UI dictionary file that cannot be used (src/i18n/compile-dictionary.ts). The
// checker reports each with the file and line as its `dictionary` rule (check/dictionary-rules.ts).
import { message, textsFor } from './catalogue';

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
