// The UI dictionaries a content folder's locales use: each dictionary file valid (keys, values,
// placeholders; see src/i18n/compile-dictionary.ts), and every locale naming one that exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_DICTIONARY_DIR, loadDictionaries } from '@/i18n';
import { localesWith, type LocaleConfig } from '@/site.config';
import { report, type Problem } from './problem';

/**
 * Problems of the dictionary files and of the locales' `dictionary` names.
 * @example checkDictionaries('content', SITE.locales) // [] when every locale has a valid dictionary
 */
export function checkDictionaries(dir: string, locales: readonly LocaleConfig[]): Problem[] {
  const loaded = loadDictionaries(dir);
  const found = loaded.problems.map((p) => report('dictionary', { file: p.file, line: p.line, field: p.field }, { zh: p.zh, en: p.en }));
  // Locales after the built-in ones come from site.json's extraLocales, in order.
  const extraStart = localesWith({ extraLocales: [] }).length;
  locales.forEach((locale, index) => {
    const name = locale.dictionary ?? locale.code;
    const file = `dictionary.${name}.json`;
    if (loaded.files.has(name) || existsSync(join(dir, file)) || existsSync(join(BUILT_IN_DICTIONARY_DIR, `${name}.json`))) return;
    const field = index >= extraStart ? `extraLocales.${index - extraStart}.${locale.dictionary ? 'dictionary' : 'code'}` : 'locales';
    found.push(report('dictionary-missing', { file: 'site.json', field }, { locale: locale.code, name, file, builtInDir: BUILT_IN_DICTIONARY_DIR, existing: [...loaded.files.keys()] }));
  });
  return found;
}

