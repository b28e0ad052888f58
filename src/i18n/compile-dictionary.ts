// A dictionary file's data checked and turned into the UiStrings the components use: templates
// become functions (the template syntax is below, with the compiler that is its only user), the
// numeral and section-label rules come from language-rules.ts.
import { suggestName } from '@/lib/check/suggest';
import { dictionaryText } from '@/lib/messages/config-messages';
import { isSectionLabelProblem, parseSectionLabel } from '@/lib/model/section-label';
import { DICTIONARY_KEYS, TEMPLATE_PLACEHOLDERS, TEXT_KEYS, dictionarySchema, type DictionaryFile } from './dictionary-schema';
import { sectionLabelMapper, writeNumeral } from './language-rules';
import type { UiStrings } from './ui-strings';

/** One thing wrong with a dictionary: the key (`figureQualifier.about`) and what to do, in Chinese and English. */
export interface DictionaryProblem {
  field: string;
  zh: string;
  en: string;
}

export type CompiledDictionary = { strings: UiStrings; problems: [] } | { strings?: undefined; problems: DictionaryProblem[] };

function keyProblems(data: Record<string, unknown>): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  // A misspelt key is one problem ("did you mean"), not also a missing one.
  const meant = new Set<string>();
  for (const key of Object.keys(data).filter((k) => !DICTIONARY_KEYS.includes(k))) {
    const guess = suggestName(key, DICTIONARY_KEYS);
    if (guess) meant.add(guess);
    problems.push({ field: key, ...dictionaryText('unknown-key', { key, guess }) });
  }
  for (const key of DICTIONARY_KEYS.filter((k) => !(k in data) && !meant.has(k))) {
    problems.push({ field: key, ...dictionaryText('missing-key', { key }) });
  }
  return problems;
}

function templateProblems(file: DictionaryFile): DictionaryProblem[] {
  const found: DictionaryProblem[] = [];
  const check = (field: string, template: string, placeholders: readonly string[], optional = false) => {
    const problem = checkTemplate(template, placeholders, optional);
    if (problem) found.push({ field, ...problem });
  };
  for (const key of TEXT_KEYS) check(key, file[key], []);
  for (const [key, placeholders] of Object.entries(TEMPLATE_PLACEHOLDERS)) check(key, file[key as keyof typeof TEMPLATE_PLACEHOLDERS], placeholders);
  for (const [name, qualifier] of Object.entries(file.figureQualifier)) {
    check(typeof qualifier === 'string' ? `figureQualifier.${name}` : `figureQualifier.${name}.template`,
      typeof qualifier === 'string' ? qualifier : qualifier.template, ['value']);
  }
  for (const [form, text] of Object.entries(file.photosNotReproduced)) check(`photosNotReproduced.${form}`, text, ['count'], true);
  if ('map' in file.sectionLabels) {
    const labels = Object.entries(file.sectionLabels.map).map(([words, label]) => [`sectionLabels.map.${words}`, label] as const);
    for (const [field, label] of [...labels, ['sectionLabels.otherwise', file.sectionLabels.otherwise] as const]) {
      const parsed = parseSectionLabel(label);
      if (isSectionLabelProblem(parsed)) found.push({ field, zh: parsed.zh, en: parsed.en });
    }
  }
  try {
    new Intl.DateTimeFormat(file.dateLocale, file.dateFormat).format(0);
  } catch (error) {
    found.push({ field: 'dateLocale', ...dictionaryText('bad-date-locale', { reason: (error as Error).message }) });
  }
  return found;
}

/** The UiStrings of a valid dictionary file. */
function toUiStrings(file: DictionaryFile): UiStrings {
  const t = (template: string) => (values: Record<string, string>) => fillTemplate(template, values);
  const qualifier = (q: DictionaryFile['figureQualifier']['about']) => {
    if (typeof q === 'string') return (value: string) => fillTemplate(q, { value });
    const marks = [...q.unlessValueHas];
    return (value: string) => (marks.some((mark) => value.includes(mark)) ? value : fillTemplate(q.template, { value }));
  };
  const [source, published, label, translated, photoCredit, printed, role, footer, share, feed, feedText] = [
    file.sourceLabel, file.publishedLabel, file.highlightLabel, file.translationNote, file.photoCredit,
    file.printedFrom, file.creditLine, file.footerSource, file.shareLinkLabel, file.feedTitle, file.feedDescription].map(t);
  return {
    languageName: file.languageName,
    languageShortName: file.languageShortName,
    skipToContent: file.skipToContent,
    languageSwitcherLabel: file.languageSwitcherLabel,
    sourceLabel: (s) => source!({ source: s }),
    publishedLabel: (date) => published!({ date }),
    dateLocale: file.dateLocale,
    dateFormat: Object.fromEntries(Object.entries(file.dateFormat).filter(([, v]) => v !== undefined)),
    indexHeading: file.indexHeading,
    highlightLabel: (n) => label!({ n: writeNumeral(n, file.numerals) }),
    highlightLabelSeparator: file.highlightLabelSeparator,
    sectionLabelFor: sectionLabelMapper(file.sectionLabels),
    convertedFromTraditionalNotice: file.convertedFromTraditionalNotice,
    backToIndex: file.backToIndex,
    keyFiguresLabel: file.keyFiguresLabel,
    unitSeparator: file.unitSeparator,
    figureQualifier: {
      about: qualifier(file.figureQualifier.about),
      'more-than': qualifier(file.figureQualifier['more-than']),
      nearly: qualifier(file.figureQualifier.nearly),
      over: qualifier(file.figureQualifier.over),
    },
    translationNote: (translators) => translated!({ translators }),
    photosHeading: file.photosHeading,
    photoCredit: (credit) => photoCredit!({ credit }),
    photosNotReproduced: (count) => fillTemplate(choosePluralForm(file.photosNotReproduced, count, file.dateLocale),
      { count: writeNumeral(count, file.numerals) }),
    printedFrom: (url) => printed!({ url }),
    creditsHeading: file.creditsHeading,
    creditLine: (r, name) => role!({ role: r, name }),
    untranslatedNotice: file.untranslatedNotice,
    convertedNotice: file.convertedNotice,
    otherArticlesHeading: file.otherArticlesHeading,
    footerSource: (s) => footer!({ source: s }),
    shareLinkLabel: (title) => share!({ title }),
    copyLinkText: file.copyLinkText,
    linkCopied: file.linkCopied,
    notFoundTitle: file.notFoundTitle,
    notFoundBody: file.notFoundBody,
    notFoundHomeLink: file.notFoundHomeLink,
    feedTitle: (s) => feed!({ source: s }),
    feedDescription: (s) => feedText!({ source: s }),
  };
}

/**
 * Checks a dictionary file's parsed JSON and compiles it; every problem at once, none thrown.
 * @example compileDictionary(JSON.parse(readFileSync('src/i18n/dictionaries/en.json', 'utf8'))).strings?.sourceLabel('X') // 'Source: X'
 */
export function compileDictionary(data: unknown): CompiledDictionary {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ field: 'file', ...dictionaryText('not-an-object') }] };
  }
  const keys = keyProblems(data as Record<string, unknown>);
  if (keys.length) return { problems: keys };
  const parsed = dictionarySchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return { field, ...dictionaryText('bad-value', { field, reason: issue.message }) };
    }) };
  }
  const problems = templateProblems(parsed.data);
  return problems.length ? { problems } : { strings: toUiStrings(parsed.data), problems: [] };
}

// — Templates —
// Templates with named placeholders, as dictionary files write them: "来源：{source}". A subset of
// ICU MessageFormat's syntax ({name}; plural forms keyed =2, one, other), so translation tools
// read them, without a parser dependency for the two shapes the dictionaries need.
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** What is wrong with a template, in the project's two message languages. */
export interface TemplateProblem {
  zh: string;
  en: string;
}

const list = (names: readonly string[]) => names.map((n) => `{${n}}`).join(' ');

/**
 * Checks that a template uses only the placeholders its key takes, and (unless `optional`) all of them.
 * @example checkTemplate('来源：{source}', ['source']) // undefined
 * @example checkTemplate('来源：{sorce}', ['source']) // { zh: '…{sorce}…', en: '…{sorce}…' }
 */
export function checkTemplate(template: string, placeholders: readonly string[], optional = false): TemplateProblem | undefined {
  const used = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const unknown = used.find((name) => !placeholders.includes(name));
  if (unknown !== undefined) {
    return placeholders.length === 0
      ? { zh: `这段文字不能有占位符，却写了 {${unknown}}。请删除它。`, en: `This text takes no placeholder but has {${unknown}}. Remove it.` }
      : { zh: `占位符 {${unknown}} 不可用。这一项可用的占位符：${list(placeholders)}（名字照抄，包括大小写）。`,
          en: `The placeholder {${unknown}} is not known here. This key takes: ${list(placeholders)} (spelt exactly so).` };
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) {
    return { zh: `有不成对的花括号 { 或 }。占位符要写成 ${list(placeholders.length ? placeholders : ['name'])} 这样。`,
      en: `A brace { or } is unpaired. Placeholders are written like ${list(placeholders.length ? placeholders : ['name'])}.` };
  }
  const missing = optional ? undefined : placeholders.find((name) => !used.includes(name));
  if (missing !== undefined) {
    return { zh: `缺少占位符 {${missing}}：不写它，这段文字里就不会出现相应的内容。请在合适的位置加上 {${missing}}。`,
      en: `The placeholder {${missing}} is missing, so what it stands for would never be shown. Add {${missing}} where it belongs.` };
  }
  return undefined;
}

/**
 * Fills a checked template.
 * @example fillTemplate('来源：{source}', { source: '江津融媒体中心' }) // '来源：江津融媒体中心'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * The plural form for a count: an exact `=N` form first, then the Intl.PluralRules category, then `other`.
 * @example choosePluralForm({ one: 'a photo', other: '{count} photos' }, 1, 'en') // 'a photo'
 */
export function choosePluralForm(forms: Readonly<Record<string, string>>, count: number, locale: string): string {
  return forms[`=${count}`] ?? forms[new Intl.PluralRules(locale).select(count)] ?? forms.other!;
}
