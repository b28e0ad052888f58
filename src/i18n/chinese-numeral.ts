// Chinese numerals as newsrooms number sections (亮点十二). Its own module, free of imports, because
// both the dictionaries' numeral rule and the section-label templates (src/lib/model/section-label.ts) use it.

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 1 → 一, 10 → 十, 21 → 二十一, 99 → 九十九; 100 and above stay digits.
 * @example chineseNumeral(12) // '十二'
 */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
