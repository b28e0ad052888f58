// The shape of a dictionary file (`src/i18n/dictionaries/<name>.json`, `<content>/dictionary.<name>.json`).
// Texts with something inserted are templates with named placeholders (`"来源：{source}"`); which
// placeholders each key takes is listed in TEMPLATE_PLACEHOLDERS. compile-dictionary.ts turns a
// valid file into the UiStrings the components use.
import { z } from 'astro/zod';
import { NUMERAL_SYSTEMS } from './language-rules';

/** Placeholders each template key takes; every one must appear in its template. */
export const TEMPLATE_PLACEHOLDERS = {
  sourceLabel: ['source'],
  publishedLabel: ['date'],
  highlightLabel: ['n'],
  translationNote: ['translators'],
  photoCredit: ['credit'],
  printedFrom: ['url'],
  creditLine: ['role', 'name'],
  footerSource: ['source'],
  shareLinkLabel: ['title'],
  feedTitle: ['source'],
  feedDescription: ['source'],
} as const satisfies Record<string, readonly string[]>;

/** Plain texts: inserted as written, no placeholders. */
export const TEXT_KEYS = [
  'languageName', 'languageShortName', 'skipToContent', 'languageSwitcherLabel', 'indexHeading',
  'highlightLabelSeparator', 'convertedFromTraditionalNotice', 'backToIndex', 'keyFiguresLabel',
  'unitSeparator', 'photosHeading', 'creditsHeading', 'untranslatedNotice', 'convertedNotice',
  'otherArticlesHeading', 'copyLinkText', 'linkCopied', 'notFoundTitle', 'notFoundBody', 'notFoundHomeLink',
] as const;

/** Plural forms: `=2` (exactly two) before the Intl.PluralRules category (`one`, `other`, …). */
const PLURAL_FORM = /^(?:=\d+|zero|one|two|few|many|other)$/;
const pluralSchema = z.record(z.string().regex(PLURAL_FORM, 'a plural form: =2, one, other …'), z.string())
  .refine((forms) => 'other' in forms, 'needs an "other" form');

/** A key figure's qualifier: a template with `{value}`, optionally kept off values that already say it (30余万). */
const qualifierSchema = z.union([
  z.string(),
  z.strictObject({ template: z.string(), unlessValueHas: z.string().min(1) }),
]);

const dateField = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();

export const dictionarySchema = z.strictObject({
  ...Object.fromEntries(TEXT_KEYS.map((key) => [key, z.string()])) as Record<(typeof TEXT_KEYS)[number], z.ZodString>,
  ...Object.fromEntries(Object.keys(TEMPLATE_PLACEHOLDERS).map((key) => [key, z.string()])) as
    Record<keyof typeof TEMPLATE_PLACEHOLDERS, z.ZodString>,
  /** How numbers in labels and counts are written: `chinese` (亮点十二) or `arabic` (Highlight 12). */
  numerals: z.enum(NUMERAL_SYSTEMS),
  /** Locale whose conventions Intl.DateTimeFormat follows (en-GB writes 7 February 2024); also picks plural forms. */
  dateLocale: z.string().min(2),
  /** Options for Intl.DateTimeFormat (the time zone is the site's). */
  dateFormat: z.strictObject({
    dateStyle: dateField(['full', 'long', 'medium', 'short']),
    timeStyle: dateField(['full', 'long', 'medium', 'short']),
    weekday: dateField(['long', 'short', 'narrow']),
    era: dateField(['long', 'short', 'narrow']),
    year: dateField(['numeric', '2-digit']),
    month: dateField(['numeric', '2-digit', 'long', 'short', 'narrow']),
    day: dateField(['numeric', '2-digit']),
    hour: dateField(['numeric', '2-digit']),
    minute: dateField(['numeric', '2-digit']),
    second: dateField(['numeric', '2-digit']),
    hourCycle: dateField(['h11', 'h12', 'h23', 'h24']),
    timeZoneName: dateField(['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']),
  }),
  /**
   * How the source article's section label (亮点{一}) becomes this language's: converted with OpenCC
   * between the Chinese scripts, or looked up by the words before the numeral (`"亮点": "Highlight {1}"`).
   */
  sectionLabels: z.union([
    z.strictObject({ convert: z.union([
      z.strictObject({ from: z.literal('tw'), to: z.literal('cn') }),
      z.strictObject({ from: z.literal('cn'), to: z.literal('tw') }),
    ]) }),
    z.strictObject({ map: z.record(z.string(), z.string()), otherwise: z.string() }),
  ]),
  figureQualifier: z.strictObject({ about: qualifierSchema, 'more-than': qualifierSchema, nearly: qualifierSchema, over: qualifierSchema }),
  /** Said above the captions of photos the page does not reproduce; `{count}` in the dictionary's numerals. */
  photosNotReproduced: pluralSchema,
});
export type DictionaryFile = z.infer<typeof dictionarySchema>;

/** Every top-level key of a dictionary file, for "missing" and "did you mean" messages. */
export const DICTIONARY_KEYS: readonly string[] = Object.keys(dictionarySchema.shape);
