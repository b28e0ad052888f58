// How an article labels its sections, as a template with one numeral placeholder: 亮点{一},
// 关注点{一}, 第{一}, {1}, Highlight {1}. The placeholder says how the number is written, so one
// field covers every house style the importer meets (亮点一, 一、, 第一, 1., Highlight 1, 01).
import { chineseNumeral } from '@/lib/zh/chinese-number';
import { configError } from '@/lib/messages/config-messages';

/** The label of an article without `sectionLabel`: the 十大亮点 house style. */
export const DEFAULT_SECTION_LABEL = '亮点{一}';

const ENGLISH_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1 → one, 21 → twenty-one; 100 and above stay digits (no report has that many sections). */
function englishNumeral(n: number): string {
  if (n >= 100) return String(n);
  if (n < 20) return ENGLISH_ONES[n]!;
  const ones = ENGLISH_ONES[n % 10];
  return `${ENGLISH_TENS[Math.floor(n / 10)]}${ones ? `-${ones}` : ''}`;
}

/** Every placeholder and how it writes a number. */
export const NUMERAL_PLACEHOLDERS: Readonly<Record<string, (n: number) => string>> = {
  '{一}': chineseNumeral,
  '{1}': (n) => String(n),
  '{１}': (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  '{01}': (n) => String(n).padStart(2, '0'),
  '{one}': englishNumeral,
  '{One}': (n) => englishNumeral(n).replace(/^./, (c) => c.toUpperCase()),
  '{ONE}': (n) => englishNumeral(n).toUpperCase(),
};

/** A template split around its placeholder. */
export interface SectionLabel {
  before: string;
  placeholder: string;
  after: string;
}

/** Why a template is not usable, in both languages of the project's messages. */
export interface SectionLabelProblem {
  zh: string;
  en: string;
}

const PLACEHOLDER_LIST = Object.keys(NUMERAL_PLACEHOLDERS).join(' ');

/**
 * Splits a template around its one placeholder, or says what is wrong with it.
 * @example parseSectionLabel('关注点{一}') // { before: '关注点', placeholder: '{一}', after: '' }
 * @example parseSectionLabel('亮点') // { zh: '…没有编号占位符…', en: '…has no numeral placeholder…' }
 */
export function parseSectionLabel(template: string): SectionLabel | SectionLabelProblem {
  const braces = [...template.matchAll(/\{[^{}]*\}/g)];
  const stray = template.replace(/\{[^{}]*\}/g, '').match(/[{}]/);
  if (braces.length === 0 || stray) {
    return {
      zh: `“${template}”没有编号占位符。请写成例如 亮点{一}、第{一}、{1}、Highlight {1}（可用：${PLACEHOLDER_LIST}）。`,
      en: `"${template}" has no numeral placeholder. Write it like 亮点{一}, 第{一}, {1} or Highlight {1} (placeholders: ${PLACEHOLDER_LIST}).`,
    };
  }
  if (braces.length > 1) {
    return {
      zh: `“${template}”有 ${braces.length} 个占位符，只能有一个。请只保留一个，例如 亮点{一}。`,
      en: `"${template}" has ${braces.length} placeholders; it takes exactly one. Keep one, e.g. 亮点{一}.`,
    };
  }
  const match = braces[0]!;
  const placeholder = match[0];
  if (!(placeholder in NUMERAL_PLACEHOLDERS)) {
    return {
      zh: `“${template}”里的 ${placeholder} 不是可用的编号占位符。请改用其中之一：${PLACEHOLDER_LIST}。`,
      en: `${placeholder} in "${template}" is not a numeral placeholder. Use one of: ${PLACEHOLDER_LIST}.`,
    };
  }
  return { before: template.slice(0, match.index), placeholder, after: template.slice(match.index + placeholder.length) };
}

/** True when `parseSectionLabel` returned a problem. */
export function isSectionLabelProblem(parsed: SectionLabel | SectionLabelProblem): parsed is SectionLabelProblem {
  return 'zh' in parsed;
}

/**
 * The label of section `n` under a template. Templates are validated by the content checker
 * before a build; an invalid one here is a programming error and throws with the reason.
 * @example formatSectionLabel('亮点{一}', 12) // '亮点十二'
 * @example formatSectionLabel('第{一}', 3) // '第三'
 * @example formatSectionLabel('{01}', 7) // '07'
 * @example formatSectionLabel('NUMBER {ONE}', 7) // 'NUMBER SEVEN'
 */
export function formatSectionLabel(template: string, n: number): string {
  const parsed = parseSectionLabel(template);
  if (isSectionLabelProblem(parsed)) throw configError('section-label-invalid', { file: 'index.md', field: 'sectionLabel' }, { zh: parsed.zh, en: parsed.en });
  return `${parsed.before}${NUMERAL_PLACEHOLDERS[parsed.placeholder]!(n)}${parsed.after}`;
}

/**
 * A translation's template for a source template, from a dictionary table keyed by the source's
 * words around the placeholder (亮点, 关注点, 第…): the numeral style of the source does not
 * matter (亮点{1} maps like 亮点{一}). A template that is unknown to the table falls back; an
 * invalid one too (the checker reports it).
 * @example mapSectionLabel('关注点{一}', { '关注点': 'Point {1}' }, '{1}') // 'Point {1}'
 * @example mapSectionLabel('成效{一}', { '关注点': 'Point {1}' }, '{1}') // '{1}'
 */
export function mapSectionLabel(source: string, table: Readonly<Record<string, string>>, fallback: string): string {
  const parsed = parseSectionLabel(source);
  if (isSectionLabelProblem(parsed)) return fallback;
  return table[`${parsed.before}…${parsed.after}`] ?? table[parsed.before.trim()] ?? fallback;
}
