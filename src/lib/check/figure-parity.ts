// Figure parity: every figure of a source text must reappear, with the same value, in its
// translation. Values are normalised first (7万余 = "more than 70,000", 1.1万 = 11,000, 九成 = 90%,
// 426 000 = 426,000), so only real omissions and typos are reported; approximations (约, 余, 近)
// must stay approximations. Numerals are read by `chinese-number.ts`.
import { parseAmount, parseChineseNumeral } from '@/lib/zh/chinese-number';
import type { FigureQualifier } from '@/lib/content/content-schema';

/** What an approximate figure claims: about, nearly, or more than (余, 多, 超过, "over", "+"). */
export type ApproximationKind = 'about' | 'nearly' | 'more-than';

/** A figure found in a text: its value and the words that wrote it. */
export interface FigureMention {
  value: number;
  /** As written: `7万余`, `70,000`, `1.1 million`, `五`. */
  text: string;
  /** The approximation written with it (约4.3亿, about 430 million, 7万余, more than 70,000). */
  approximation?: ApproximationKind;
}

/** The figures of a text, split by how they were written. */
export interface TextFigures {
  /** Written with digits (Arabic, optionally with 万/亿 or million/billion). */
  written: FigureMention[];
  /** Spelled as words: Chinese numerals (五, 三千) or English number words (five). */
  spelled: FigureMention[];
}

/**
 * A digit figure with its scale: `7万余`, `30余万`, `2.93万`, `1,207`, `1.1 million`, `100%`.
 * Not a month (`2月`, which English spells) nor an ordinal after 第 (第1 = "first"). Thousands may be
 * grouped with commas, spaces or no-break spaces (`426 000`); `9成` is 90 (per cent).
 */
const DIGIT_FIGURE = /(?<![\d.第])(?:\d{1,3}(?:[,，\u00A0\u202F ]\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:\s?(?:余|多)?\s?(?:万|萬|亿|億)(?:余|多)?|\s(?:thousand|million|billion)\b|余|多|成)?(?![\d月])/giu;
/** A run of Chinese numeral characters, with 余 and a group unit: 三千, 九十九, 两万余. */
const CHINESE_RUN = /[零〇一二两兩三四五六七八九十百千万萬亿億]+余?/gu;

/** English number words a translator writes for small counts ("five modules"). */
const ENGLISH_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i) => [w, i]),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10]),
  ['hundred', 100], ['thousand', 1000], ['single', 1], ['double', 2], ['twice', 2], ['dozen', 12],
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [w, i + 1]),
]);
const ENGLISH_WORD = /\b([a-z]+)(?:-([a-z]+))?\b/gi;

/** Words before a figure that make it approximate, Chinese and English. */
const APPROXIMATION_BEFORE: readonly [RegExp, ApproximationKind][] = [
  [/(?:约|大约|约为|左右)$|\b(?:about|around|approximately|roughly|some)\s+$/iu, 'about'],
  [/(?:将近|接近|近)$|\b(?:nearly|almost|close to)\s+$/iu, 'nearly'],
  [/(?:超过|超|逾|多达)$|\b(?:more than|over|upwards of|in excess of)\s+$/iu, 'more-than'],
];
/** Words after a figure (or inside it: 30余万) that make it approximate. */
const APPROXIMATION_AFTER: readonly [RegExp, ApproximationKind][] = [
  [/^(?:[^\s，,。；;]{0,3}左右)/u, 'about'],
  [/^\+|^(?:[个名项次条件场册人]?以上)/u, 'more-than'],
];

/** The approximation written around a figure at `start`..`end` of `text`. */
function approximationAt(text: string, start: number, end: number, written: string): ApproximationKind | undefined {
  if (/[余餘多]/u.test(written)) return 'more-than';
  const before = text.slice(Math.max(0, start - 16), start);
  for (const [pattern, kind] of APPROXIMATION_BEFORE) if (pattern.test(before)) return kind;
  const after = text.slice(end, end + 6);
  for (const [pattern, kind] of APPROXIMATION_AFTER) if (pattern.test(after)) return kind;
  return undefined;
}

/** The approximation kind a key figure's qualifier claims: `over` (突破) is a kind of more-than. */
export function approximationOf(qualifier: FigureQualifier | undefined): ApproximationKind | undefined {
  return qualifier === 'over' ? 'more-than' : qualifier;
}

/** A key figure as written, for messages: `4.3亿元`, `430 million yuan`. */
const written = (f: KeyFigure) => [f.value, f.unit ?? ''].filter(Boolean).join(/^\p{Script=Han}/u.test(f.unit ?? '') ? '' : ' ');

/**
 * Rounds away floating-point noise so 2.93 × 10000 equals 29300. An integer of at most 12 digits
 * has none, and most figures are such integers: they skip `toPrecision`, which dominated the check.
 */
const key = (value: number) => (Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12)));

/**
 * The figures of a text written with digits. Apart from `extractFigures` because the approximation
 * rules read only these, and the spelled ones cost more to find. With `only` (values rounded by
 * `key`), the figures of other values are dropped before the words around them are read.
 * @example writtenFigures('发放7万余册') // [{ value: 70000, text: '7万余', approximation: 'more-than' }]
 */
export function writtenFigures(text: string, only?: ReadonlySet<number>): FigureMention[] {
  const written: FigureMention[] = [];
  for (const match of text.matchAll(DIGIT_FIGURE)) {
    const value = parseAmount(match[0]);
    if (value === undefined || (only && !only.has(key(value)))) continue;
    const approximation = approximationAt(text, match.index!, match.index! + match[0].length, match[0]);
    written.push({ value, text: match[0].trim(), ...(approximation ? { approximation } : {}) });
  }
  return written;
}

/** The figures of a text spelled as words: Chinese numerals (五, 三千, 九成) and English number words. */
function spelledFigures(text: string): FigureMention[] {
  const spelled: FigureMention[] = [];
  for (const match of text.matchAll(CHINESE_RUN)) {
    const run = match[0];
    // 千亿 ("a thousand 亿") drops its 一 in running text: read it as 一千亿.
    const value = parseAmount(run) ?? parseChineseNumeral(run) ?? parseAmount(`一${run}`);
    if (value !== undefined) spelled.push({ value, text: run });
    // 九成 is nine tenths: 90 (per cent) in a translation.
    if (value !== undefined && text[match.index! + run.length] === '成') spelled.push({ value: value * 10, text: `${run}成` });
    // Runs also glue numerals to neighbouring words (统一 = unify); each character counts alone too.
    for (const ch of run) {
      const single = parseChineseNumeral(ch);
      if (single !== undefined && single !== value) spelled.push({ value: single, text: ch });
    }
  }
  for (const match of text.matchAll(ENGLISH_WORD)) {
    const first = ENGLISH_WORDS[match[1]!.toLowerCase()];
    if (first === undefined) continue;
    const second = match[2] ? ENGLISH_WORDS[match[2].toLowerCase()] : undefined;
    spelled.push({ value: second !== undefined && first >= 20 ? first + second : first, text: match[0] });
  }
  return spelled;
}

/**
 * Every figure of a text, in Chinese or English.
 * @example extractFigures('发放7万余册').written // [{ value: 70000, text: '7万余' }]
 * @example extractFigures('more than 70,000 copies in five modules').spelled // [{ value: 5, text: 'five' }]
 */
export function extractFigures(text: string): TextFigures {
  return { written: writtenFigures(text), spelled: spelledFigures(text) };
}

/**
 * The words a reader sees in a Markdown body: link targets, URLs and HTML tags hold digits that
 * are not figures of the story.
 * @example readerText('见[通知](https://example.org/2024/7)') // '见[通知]'
 */
export function readerText(markdown: string): string {
  return markdown
    // One level of parentheses inside a target, as Markdown allows: (javascript:alert(1)).
    .replace(/\]\((?:[^()\n]|\([^()\n]*\))*\)/g, ']')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ');
}

/** A figure of one text that the other does not have. */
export interface FigureMismatch {
  /** `missing`: in the source, not in the translation. `extra`: in the translation only (a typo?). */
  kind: 'missing' | 'extra';
  value: number;
  /** As written in the text it was found in. */
  text: string;
}

/**
 * Compares the figures of a source text and its translation. A source figure written with
 * digits must appear in the translation (as digits or, for small numbers, as a word); a
 * translation figure written with digits must exist in the source (as digits or Chinese numerals).
 * Figures spelled as words in the source ("五大模块") are never required: translators keep them
 * as words ("five modules").
 * @example compareFigures('发放7万余册', 'over 70,000 copies') // []
 * @example compareFigures('发放7万余册', 'over 7,000 copies') // [{ kind: 'missing', value: 70000, text: '7万余' }, { kind: 'extra', value: 7000, text: '7,000' }]
 */
export function compareFigures(source: string, translation: string): FigureMismatch[] {
  const from = extractFigures(source);
  const to = extractFigures(translation);
  const inTranslation = new Set([...to.written, ...to.spelled].map((f) => key(f.value)));
  const inSource = new Set([...from.written, ...from.spelled].map((f) => key(f.value)));
  const out: FigureMismatch[] = [];
  const reported = new Set<string>();
  const report = (kind: FigureMismatch['kind'], f: FigureMention) => {
    const id = `${kind}:${key(f.value)}`;
    if (reported.has(id)) return;
    reported.add(id);
    out.push({ kind, value: f.value, text: f.text });
  };
  for (const f of from.written) if (!inTranslation.has(key(f.value))) report('missing', f);
  for (const f of to.written) if (!inSource.has(key(f.value))) report('extra', f);
  return out;
}

/**
 * Compares the key figures of a highlight's frontmatter: each source amount must appear among
 * the translation's, after normalising (`7万余` = `70,000+`, `1400` `亿元` = `140 billion`).
 * @example compareKeyFigures([{ value: '7万余' }], [{ value: '70,000+' }]) // []
 */
export function compareKeyFigures(source: readonly KeyFigure[], translation: readonly KeyFigure[]): FigureMismatch[] {
  const values = new Set(translation.map(keyFigureAmount).filter((v) => v !== undefined).map(key));
  const out: FigureMismatch[] = [];
  for (const figure of source) {
    const value = keyFigureAmount(figure);
    if (value !== undefined && !values.has(key(value))) out.push({ kind: 'missing', value, text: `${figure.value}${figure.unit ?? ''}` });
  }
  return out;
}

/** A key figure as the frontmatter holds it: `{ value: '1400', unit: '亿元' }`. */
export interface KeyFigure {
  value: string;
  unit?: string;
  qualifier?: FigureQualifier;
}

/**
 * The amount of a key figure, with a scale carried by its unit (`1400` + `亿元`, `140` + `billion yuan`).
 * @example keyFigureAmount({ value: '1400', unit: '亿元' }) // 140000000000
 */
export function keyFigureAmount(figure: KeyFigure): number | undefined {
  const unit = (figure.unit ?? '').trim();
  const chinese = /^[万萬亿億]+/.exec(unit)?.[0];
  const english = /^(thousand|million|billion)\b/i.exec(unit)?.[0];
  return parseAmount(chinese ? `${figure.value}${chinese}` : english ? `${figure.value} ${english}` : figure.value);
}

/** An approximation lost or added between two texts or two sets of key figures. */
export interface ApproximationMismatch {
  /** `dropped`: the source says 约/余/近, the other side gives the figure as exact (or another kind). `added`: the other way round. */
  kind: 'dropped' | 'added';
  value: number;
  /** As written in the source (for `added`: in the other text). */
  text: string;
  /** The approximation of the source, or of the other side for `added`. */
  approximation: ApproximationKind;
}

/**
 * Approximations that do not survive a translation: 约4.3亿元 must be "about 430 million", not
 * "430 million"; an exact figure must not become "about". Only figures both texts have are
 * compared (a missing figure is `compareFigures`' business).
 * @example compareApproximations('投入资金约4.3亿元', 'invested 430 million yuan') // [{ kind: 'dropped', value: 430000000, text: '4.3亿', approximation: 'about' }]
 * @example compareApproximations('近900个', 'nearly 900') // []
 */
export function compareApproximations(source: string, translation: string): ApproximationMismatch[] {
  const kindsByValue = (mentions: readonly FigureMention[]) => {
    const map = new Map<number, Set<ApproximationKind | 'exact'>>();
    for (const m of mentions) map.set(key(m.value), (map.get(key(m.value)) ?? new Set()).add(m.approximation ?? 'exact'));
    return map;
  };
  const from = writtenFigures(source);
  const toWritten = writtenFigures(translation);
  const to = kindsByValue(toWritten);
  const out: ApproximationMismatch[] = [];
  const reported = new Set<string>();
  for (const f of from) {
    const there = to.get(key(f.value));
    const id = `${key(f.value)}:${f.approximation ?? 'exact'}`;
    if (!there || there.has(f.approximation ?? 'exact') || reported.has(id)) continue;
    reported.add(id);
    if (f.approximation) out.push({ kind: 'dropped', value: f.value, text: f.text, approximation: f.approximation });
    else {
      const added = [...there].find((k): k is ApproximationKind => k !== 'exact');
      if (added && !from.some((g) => key(g.value) === key(f.value) && g.approximation === added)) {
        out.push({ kind: 'added', value: f.value, text: toWritten.find((m) => key(m.value) === key(f.value))!.text, approximation: added });
      }
    }
  }
  return out;
}

/**
 * Key figures whose qualifier differs from the source's figure of the same amount.
 * @example compareKeyFigureQualifiers([{ value: '4.3', unit: '亿元', qualifier: 'about' }], [{ value: '430 million', unit: 'yuan' }]) // [{ kind: 'dropped', value: 430000000, text: '4.3亿元', approximation: 'about' }]
 */
export function compareKeyFigureQualifiers(source: readonly KeyFigure[], translation: readonly KeyFigure[]): ApproximationMismatch[] {
  const out: ApproximationMismatch[] = [];
  for (const figure of source) {
    const value = keyFigureAmount(figure);
    if (value === undefined) continue;
    const match = translation.find((t) => { const v = keyFigureAmount(t); return v !== undefined && key(v) === key(value); });
    if (!match) continue;
    const want = approximationOf(figure.qualifier);
    const have = approximationOf(match.qualifier);
    if (want === have) continue;
    if (want) out.push({ kind: 'dropped', value, text: written(figure), approximation: want });
    else out.push({ kind: 'added', value, text: written(match), approximation: have! });
  }
  return out;
}

/**
 * Key figures that give as exact an amount the text of the same file only states approximately
 * (key figure 4.3亿元, text 约4.3亿元).
 * @example keyFiguresDroppingApproximation([{ value: '4.3', unit: '亿元' }], '累计投入资金约4.3亿元') // [{ kind: 'dropped', value: 430000000, text: '4.3亿元', approximation: 'about' }]
 */
export function keyFiguresDroppingApproximation(figures: readonly KeyFigure[], text: string): ApproximationMismatch[] {
  const exact = figures.flatMap((figure) => {
    const value = keyFigureAmount(figure);
    return value === undefined || figure.qualifier ? [] : [{ figure, value }];
  });
  // Without an unqualified key figure there is nothing to compare: the text is not read.
  if (exact.length === 0) return [];
  // Keys computed once per mention, not once per mention and key figure.
  const mentions = writtenFigures(text, new Set(exact.map(({ value }) => key(value)))).map((m) => ({ key: key(m.value), approximation: m.approximation }));
  const out: ApproximationMismatch[] = [];
  for (const { figure, value } of exact) {
    const wanted = key(value);
    const same = mentions.filter((m) => m.key === wanted);
    const approximation = same[0]?.approximation;
    if (approximation && same.every((m) => m.approximation === approximation)) {
      out.push({ kind: 'dropped', value, text: written(figure), approximation });
    }
  }
  return out;
}
