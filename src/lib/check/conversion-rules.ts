// Conversion report: every risky Simplified → Traditional conversion (表 → 錶, 干 → 乾, 岩 → 巖 …)
// that OpenCC makes in the content of a derived locale, with its context, unless an editor has
// confirmed it (REVIEWED_CONVERSIONS) or fixed it (PHRASE_FIXES) in src/lib/zh/derived-locale.ts.
import { makeConverter, PHRASE_FIXES, REVIEWED_CONVERSIONS, RISKY_CONVERSIONS, type ConvertOptions } from '@/lib/zh/derived-locale';
import type { LocaleConfig } from '@/site.config';
import { report, type Problem } from './problem';
import type { ContentTree } from './content-tree';

/** One risky conversion found in a text. */
export interface RiskyConversion {
  /** The Simplified character and what it became: 表 → 錶. */
  from: string;
  to: string;
  /** A few characters around it, before and after conversion. */
  before: string;
  after: string;
}

const CONTEXT = 4;
const REVIEWED = [...REVIEWED_CONVERSIONS, ...PHRASE_FIXES.map(([, to]) => to), ...[...'0123456789'].map((d) => `${d}餘`)];

/** The reviewed words as characters, split once rather than at every risky position. */
const REVIEWED_CHARACTERS = REVIEWED.map((word) => [...word]);
/** A character RISKY_CONVERSIONS lists: a line without one has nothing to report, so OpenCC never sees it. */
const RISKY_CHARACTER = new RegExp(`[${Object.keys(RISKY_CONVERSIONS).join('')}]`, 'u');
/**
 * A form RISKY_CONVERSIONS warns about (錶, 乾, 髮 …): only where the converted text holds one can
 * there be a report, and these are far rarer than the risky characters (发 mostly becomes 發).
 */
const RISKY_FORM = new RegExp(`[${[...new Set(Object.values(RISKY_CONVERSIONS).flat())].join('')}]`, 'u');
const RISKY_FORMS = new RegExp(RISKY_FORM.source, 'gu');
/** Half of an astral character: only a text holding one needs splitting into characters to align it. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** A text as characters: the string itself when its indices already are characters (no astral ones). */
type Characters = string | readonly string[];

/** Whether an editor's confirmed word covers position `i` of the converted text. */
function reviewed(converted: Characters, i: number): boolean {
  return REVIEWED_CHARACTERS.some((chars) => chars.some((ch, k) => ch === converted[i] && chars.every((c, j) => converted[i - k + j] === c)));
}

/** Positions of the forms RISKY_CONVERSIONS warns about in a converted text: a regex scan, not a lookup per character. */
function riskyFormPositions(converted: Characters): number[] {
  if (typeof converted === 'string') return Array.from(converted.matchAll(RISKY_FORMS), (match) => match.index);
  return converted.flatMap((ch, i) => (RISKY_FORM.test(ch) ? [i] : []));
}

/**
 * The risky conversions `convert` makes in `text` that no reviewed word covers. Aligns the text
 * and its conversion character by character (OpenCC keeps the length of Simplified → Traditional
 * text); a line whose length changes is compared clause by clause.
 * @example findRiskyConversions('对标对表', makeConverter({ from: 'cn', to: 'tw' })) // [] (fixed)
 * @example findRiskyConversions('头发', makeConverter({ from: 'cn', to: 'tw' }))[0] // { from: '发', to: '髮', before: '头发', after: '頭髮' }
 */
export function findRiskyConversions(text: string, convert: (text: string) => string): RiskyConversion[] {
  if (!RISKY_CHARACTER.test(text)) return [];
  const converted = convert(text);
  const astral = SURROGATE.test(text) || SURROGATE.test(converted);
  const source: Characters = astral ? [...text] : text;
  const target: Characters = astral ? [...converted] : converted;
  if (source.length !== target.length) {
    const clauses = text.split(/(?<=[，,。；;：:！？!?、\n])/u);
    return clauses.length > 1 ? clauses.flatMap((clause) => findRiskyConversions(clause, convert)) : [];
  }
  const out: RiskyConversion[] = [];
  for (const i of riskyFormPositions(target)) {
    const ch = source[i]!;
    const to = target[i]!;
    if (!RISKY_CONVERSIONS[ch]?.includes(to) || reviewed(target, i)) continue;
    const around = (chars: Characters) => Array.from(chars.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1)).join('');
    out.push({ from: ch, to, before: around(source), after: around(target) });
  }
  return out;
}

/**
 * Conversion-report warnings for every locale the site derives with OpenCC, one per risky
 * conversion, with file and line.
 */
export function checkConversions(tree: ContentTree, locales: readonly LocaleConfig[]): Problem[] {
  const out: Problem[] = [];
  for (const locale of locales) {
    if (locale.source.kind !== 'opencc') continue;
    const convert = makeConverter(locale.source.convert as ConvertOptions);
    for (const file of tree.files.filter((f) => f.locale === (locale.source as { from: string }).from)) {
      file.raw.split('\n').forEach((line, index) => {
        // Frontmatter keys and values that are not text (locale codes, kinds) hold no Han characters.
        for (const c of findRiskyConversions(line, convert)) {
          out.push(report('conversion-review', { file: file.path, line: index + 1, field: locale.code }, { locale: locale.code, from: c.from, to: c.to, before: c.before, after: c.after }));
        }
      });
    }
  }
  return out;
}
