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

/** Whether an editor's confirmed word covers position `i` of the converted text. */
function reviewed(converted: readonly string[], i: number): boolean {
  return REVIEWED.some((word) => {
    const chars = [...word];
    return chars.some((ch, k) => ch === converted[i] && chars.every((c, j) => converted[i - k + j] === c));
  });
}

/**
 * The risky conversions `convert` makes in `text` that no reviewed word covers. Aligns the text
 * and its conversion character by character (OpenCC keeps the length of Simplified → Traditional
 * text); a line whose length changes is compared clause by clause.
 * @example findRiskyConversions('对标对表', makeConverter({ from: 'cn', to: 'tw' })) // [] (fixed)
 * @example findRiskyConversions('头发', makeConverter({ from: 'cn', to: 'tw' }))[0] // { from: '发', to: '髮', before: '头发', after: '頭髮' }
 */
export function findRiskyConversions(text: string, convert: (text: string) => string): RiskyConversion[] {
  const source = [...text];
  const converted = [...convert(text)];
  if (source.length !== converted.length) {
    const clauses = text.split(/(?<=[，,。；;：:！？!?、\n])/u);
    return clauses.length > 1 ? clauses.flatMap((clause) => findRiskyConversions(clause, convert)) : [];
  }
  const out: RiskyConversion[] = [];
  source.forEach((ch, i) => {
    const to = converted[i]!;
    if (!RISKY_CONVERSIONS[ch]?.includes(to) || reviewed(converted, i)) return;
    const around = (chars: readonly string[]) => chars.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).join('');
    out.push({ from: ch, to, before: around(source), after: around(converted) });
  });
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
