import { SITE, dictionaryOf } from '@/site.config';
import { configError } from '@/lib/messages/config-messages';
import { loadDictionaries, type LoadedDictionaries } from './load-dictionaries';
import type { UiStrings } from './ui-strings';

export type { UiStrings };

let loaded: LoadedDictionaries | undefined;
let loadedAt = 0;
// During `npm run dev` pages render per request: the files are read again when the last reading is
// over a second old, so an edited dictionary shows on the next reload. A build reads them once.
const REREAD_AFTER_MS = import.meta.env?.DEV === true ? 1000 : Infinity;

/**
 * The dictionary of a locale (or the one its config names), from the dictionary files. The
 * content check reports every dictionary problem before a build renders; this throws only when
 * it was skipped.
 */
export function getStrings(locale: string): UiStrings {
  if (!loaded || Date.now() - loadedAt > REREAD_AFTER_MS) {
    loaded = loadDictionaries(SITE.contentDir);
    loadedAt = Date.now();
  }
  const config = SITE.locales.find((l) => l.code === locale);
  const name = config ? dictionaryOf(config) : locale;
  const strings = loaded.dictionaries.get(name);
  if (!strings) {
    throw configError('dictionary-unusable', { file: `${SITE.contentDir}/`, field: locale }, { name, locale });
  }
  return strings;
}
