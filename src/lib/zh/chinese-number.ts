// Chinese and Arabic numerals as news text writes them: 十大亮点, 亮点十二, 2.93万, 7万余, 1,207.
// Read by the importer (heading numbers, key figures) and the figure-parity checker; written by
// the section labels (src/lib/model/section-label.ts), the dictionaries' numeral rule and the
// .docx reader's list numbers. Free of imports, so every layer may use it.

/** Digit characters, Simplified, Traditional and the anti-fraud "financial" forms. */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Units below 万: they multiply the digit before them within one four-digit group. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Group units: they multiply everything accumulated since the last larger group unit. */
const GROUP_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** English scale words after a number: "2.93 million". */
const ENGLISH_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

/** Words that only qualify an amount (about, more than, over…) and do not change its value. */
const QUALIFIERS = /^(?:约|近|超过|超|逾|达到|达|共计|共|计|累计|总计|合计|高达|将近|接近|多达|about|approximately|around|nearly|almost|over|more than|some|up to)\s*/i;
const TRAILING_QUALIFIERS = /(?:余|多|以上|左右|上下|\+|plus)$/i;

/** Turns full-width digits and punctuation (０-９ ． ，) into ASCII so one parser handles both. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF05]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Rounds away binary floating-point noise: 2.93 × 10000 is 29300.000000000004 in IEEE 754. */
function clean(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * Reads a numeral written in Chinese characters, Arabic digits or a mix of both, and nothing else.
 * Handles 十/百/千/万/亿 with the implicit 一 of 十二, 两 and 〇/零, digit-by-digit years (二〇二四),
 * Traditional and financial forms, full-width digits and Arabic numbers before a unit (2.93万).
 * @example parseChineseNumeral('十二') // 12
 * @example parseChineseNumeral('九十九') // 99
 * @example parseChineseNumeral('一千零八') // 1008
 * @example parseChineseNumeral('１２') // 12
 * @example parseChineseNumeral('十大') // undefined
 */
export function parseChineseNumeral(text: string): number | undefined {
  const source = toHalfWidth(text.trim());
  if (source === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(source)) return Number(source);
  // Tokens: an Arabic number (it acts as one "digit" before a unit, as in 30万) or one character.
  const tokens: string[] = source.match(/\d+(?:\.\d+)?|./gsu) ?? [];
  // Digit-by-digit form without units: 二〇二四 → 2024. Two plain digits (三四) are a range
  // ("three or four"), not 34, so the form needs a 〇 or the length of a year.
  if (tokens.length > 1 && tokens.every((t) => t in DIGITS) && (tokens.includes('〇') || tokens.length >= 4)) {
    return Number(tokens.map((t) => DIGITS[t]).join(''));
  }
  let total = 0; // completed groups (亿, 万)
  let group = 0; // the current four-digit group
  let digit: number | undefined; // a digit waiting for its unit
  let lastSmallUnit = Infinity; // units inside a group must decrease: 一百十 is fine, 十百 is not
  let lastGroupUnit = Infinity;
  for (const token of tokens) {
    if (/^\d/.test(token) || token in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: 三四
      digit = /^\d/.test(token) ? Number(token) : DIGITS[token];
    } else if (token in SMALL_UNITS) {
      const unit = SMALL_UNITS[token]!;
      if (unit >= lastSmallUnit) return undefined;
      // Only 十 may drop its 一 (十二 = 12); 百 alone is not a number in running text.
      if (digit === undefined && !(unit === 10 && group === 0)) return undefined;
      group += (digit ?? 1) * unit;
      digit = undefined;
      lastSmallUnit = unit;
    } else if (token in GROUP_UNITS) {
      const unit = GROUP_UNITS[token]!;
      group += digit ?? 0;
      digit = undefined;
      if (group === 0 && total === 0) return undefined; // 万 alone
      if (unit >= lastGroupUnit) {
        // 一万亿: a larger unit after a smaller one scales everything so far.
        total = (total + group) * unit;
      } else {
        total += group * unit;
      }
      group = 0;
      lastSmallUnit = Infinity;
      lastGroupUnit = unit;
    } else {
      return undefined;
    }
  }
  return clean(total + group + (digit ?? 0));
}

/**
 * Reads an amount as news text prints it, ignoring qualifiers that do not change the value
 * (余, 多, 约, 超过, +, "more than") and thousands separators; a trailing % gives the percentage.
 * Also reads English figures of a translation ("2.93 million", "70,000+").
 * @example parseAmount('7万余') // 70000
 * @example parseAmount('2.93万') // 29300
 * @example parseAmount('30余万') // 300000
 * @example parseAmount('1400亿') // 140000000000
 * @example parseAmount('1,207') // 1207
 * @example parseAmount('三千') // 3000
 * @example parseAmount('426 000') // 426000
 * @example parseAmount('九成') // 90
 */
export function parseAmount(text: string): number | undefined {
  let source = toHalfWidth(text.trim()).replace(/[\s\u00A0\u3000]+/g, ' ');
  // Thousands separators: commas, spaces or no-break spaces (426 000), never a decimal point.
  source = source.replace(/(\d)[, ](?=\d{3}(?:\D|$))/g, '$1');
  // 九成 / 9成: tenths, read as a percentage (九成 = 90 %).
  const tenths = /^(.+)成$/u.exec(source);
  if (tenths) {
    const value = parseAmount(tenths[1]!);
    return value === undefined ? undefined : clean(value * 10);
  }
  source = source.replace(QUALIFIERS, '').replace(/%$/, '').trim();
  source = source.replace(TRAILING_QUALIFIERS, '').trim();
  // 余/多 between a number and its group unit: 30余万, 2000多亿.
  source = source.replace(/(余|多)(?=[万萬亿億千百])/g, '');
  const english = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(source);
  if (english) {
    const scale = ENGLISH_SCALES[english[2]!.toLowerCase()];
    return scale === undefined ? undefined : clean(Number(english[1]) * scale);
  }
  return parseChineseNumeral(source.replace(/\s+/g, ''));
}

const NUMERAL_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A section number in Chinese numerals, as newsrooms number sections (亮点十二): 1 → 一, 10 → 十,
 * 21 → 二十一, 99 → 九十九; 100 and above stay digits.
 * @example chineseNumeral(12) // '十二'
 */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERAL_DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERAL_DIGITS[tens]}十${NUMERAL_DIGITS[n % 10]}`;
}
