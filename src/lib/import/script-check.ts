// Simplified or Traditional? The importer writes the source locale `zh-hans`; an article from a
// Hong Kong, Macao or Taiwan newsroom is written in Traditional characters, and filing it as
// Simplified would give it the wrong `lang` and a wrong automatic 繁體 edition. Converting it would
// reword the source, so the importer only warns; the check compares the text with its own
// OpenCC Traditional→Simplified conversion.

/**
 * Share of Han characters that a Traditional→Simplified conversion changes (0..1).
 * @example traditionalShare('北碚區推進鄉村振興', toSimplified) // ≈ 0.44
 */
export function traditionalShare(text: string, toSimplified: (s: string) => string): number {
  const han = [...text].filter((ch) => /\p{Script=Han}/u.test(ch));
  if (han.length === 0) return 0;
  const converted = [...toSimplified(han.join(''))];
  let changed = 0;
  han.forEach((ch, i) => { if (converted[i] !== ch) changed += 1; });
  return changed / han.length;
}

/** Simplified text changes almost nothing (a few variant forms); Traditional news text ~15–30%. */
export const TRADITIONAL_THRESHOLD = 0.05;

/** True when the text reads as Traditional Chinese. */
export function looksTraditional(text: string, toSimplified: (s: string) => string): boolean {
  return traditionalShare(text, toSimplified) > TRADITIONAL_THRESHOLD;
}
