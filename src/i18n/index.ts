import type { UiStrings } from './ui-strings';
import zhHans from './zh-hans';
import en from './en';
import { SITE } from '@/site.config';
import zhHant from './zh-hant';

export type { UiStrings };

/** Dictionaries by locale code. A locale in the site config without one here fails the build. */
export const DICTIONARIES: Record<string, UiStrings> = {
  'zh-hans': zhHans,
  en,
  'zh-hant': zhHant,
};

/** The dictionary of a locale (or the one its config names); throws with a fix when it is missing. */
export function getStrings(locale: string): UiStrings {
  const strings = DICTIONARIES[SITE.locales.find((l) => l.code === locale)?.dictionary ?? locale];
  if (!strings) {
    throw new Error(`No UI dictionary for locale "${locale}". Add src/i18n/${locale}.ts (copy en.ts) and register it in src/i18n/index.ts.`);
  }
  return strings;
}
