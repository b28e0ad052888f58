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
