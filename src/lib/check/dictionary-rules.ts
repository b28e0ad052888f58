// The UI dictionaries a content folder's locales use: each dictionary file valid (keys, values,
// placeholders; see src/i18n/compile-dictionary.ts), and every locale naming one that exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_DICTIONARY_DIR, loadDictionaries } from '@/i18n/load-dictionaries';
import { localesWith, type LocaleConfig } from '@/site.config';
import { problem, type Problem } from './problem';

/**
 * Problems of the dictionary files and of the locales' `dictionary` names.
 * @example checkDictionaries('content', SITE.locales) // [] when every locale has a valid dictionary
 */
export function checkDictionaries(dir: string, locales: readonly LocaleConfig[]): Problem[] {
  const loaded = loadDictionaries(dir);
  const found = loaded.problems.map((p) => problem('error', 'dictionary', { file: p.file, line: p.line, field: p.field },
    `界面词典：${p.zh}`, `UI dictionary: ${p.en}`));
  // Locales after the built-in ones come from site.json's extraLocales, in order.
  const extraStart = localesWith({ extraLocales: [] }).length;
  locales.forEach((locale, index) => {
    const name = locale.dictionary ?? locale.code;
    const file = `dictionary.${name}.json`;
    if (loaded.files.has(name) || existsSync(join(dir, file)) || existsSync(join(BUILT_IN_DICTIONARY_DIR, `${name}.json`))) return;
    const field = index >= extraStart ? `extraLocales.${index - extraStart}.${locale.dictionary ? 'dictionary' : 'code'}` : 'locales';
    found.push(problem('error', 'dictionary-missing', { file: 'site.json', field },
      `语言 ${locale.code} 没有界面词典 ${name}。请在 site.json 旁边新建 ${file}（复制 ${BUILT_IN_DICTIONARY_DIR}/en.json 再翻译），或在 dictionary 里写一个已有的词典（${[...loaded.files.keys()].join('、')}）。`,
      `The locale ${locale.code} has no UI dictionary "${name}". Create ${file} next to site.json (copy ${BUILT_IN_DICTIONARY_DIR}/en.json and translate it), or name an existing one in "dictionary" (${[...loaded.files.keys()].join(', ')}).`));
  });
  return found;
}

