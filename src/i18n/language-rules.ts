// What a dictionary cannot say as text and so stays code, chosen by a dictionary field: how numbers
// are written (`numerals`), and how a source's section label becomes this language's
// (`sectionLabels`: OpenCC between the Chinese scripts, or a table for other languages). Dates need
// no code here: src/lib/content/dates.ts formats them with Intl from the dictionary's dateLocale/dateFormat.
import * as OpenCC from 'opencc-js';
import { mapSectionLabel } from '@/lib/model/section-label';
import { chineseNumeral } from '@/lib/zh/chinese-number';

/** Numeral systems a dictionary may name in `numerals`. */
export const NUMERAL_SYSTEMS = ['chinese', 'arabic'] as const;
export type NumeralSystem = (typeof NUMERAL_SYSTEMS)[number];

/**
 * A number written in a dictionary's numeral system.
 * @example writeNumeral(5, 'chinese') // '五'
 * @example writeNumeral(5, 'arabic') // '5'
 */
export function writeNumeral(n: number, system: NumeralSystem): string {
  return system === 'chinese' ? chineseNumeral(n) : String(n);
}

/** OpenCC conversions a dictionary may ask for its section labels. */
export type ScriptConversion = { from: 'tw'; to: 'cn' } | { from: 'cn'; to: 'tw' };

/** How a dictionary turns the source's section-label template into its own. */
export type SectionLabelRule =
  | { convert: ScriptConversion }
  | { map: Readonly<Record<string, string>>; otherwise: string };

// The house default is known in both scripts, so the usual article builds no converter (an OpenCC
// converter costs ~70 ms to build); any other label is converted on first use.
const KNOWN_CONVERSIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'tw>cn': { '亮点{一}': '亮点{一}' },
  'cn>tw': { '亮点{一}': '亮點{一}' },
};
const converters = new Map<string, (text: string) => string>();

/**
 * The function a dictionary's `sectionLabels` rule stands for. A table applies to Chinese labels
 * only: a source that labels its sections in another script (Highlight {ONE}) keeps its own.
 * @example sectionLabelMapper({ convert: { from: 'cn', to: 'tw' } })('关注点{一}') // '關注點{一}'
 * @example sectionLabelMapper({ map: { 亮点: 'Highlight {1}' }, otherwise: '{1}' })('亮点{一}') // 'Highlight {1}'
 */
export function sectionLabelMapper(rule: SectionLabelRule): (sourceTemplate: string) => string {
  if ('convert' in rule) {
    const key = `${rule.convert.from}>${rule.convert.to}`;
    const { from, to } = rule.convert;
    return (source) => {
      const known = KNOWN_CONVERSIONS[key]?.[source];
      if (known !== undefined) return known;
      let convert = converters.get(key);
      if (!convert) {
        convert = OpenCC.Converter({ from, to });
        converters.set(key, convert);
      }
      return convert(source);
    };
  }
  const { map, otherwise } = rule;
  return (source) => (/\p{Script=Han}/u.test(source) ? mapSectionLabel(source, map, otherwise) : source);
}
