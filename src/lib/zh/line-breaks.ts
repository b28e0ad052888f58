// Where Chinese headings may break. Chinese has no spaces, so a browser breaks a heading between
// any two characters: `“关键少数”以上率 / 下…`, or one character alone on the last line. Headings
// are therefore set `word-break: keep-all` (global.css) with a <wbr> between words, found with
// the ICU word segmenter that Node ships (Intl.Segmenter), and `text-wrap: balance` evens the lines.
import { isChineseLang } from './cjk-punctuation';

const HAN = /^\p{Script=Han}+$/u;
/** Opening punctuation keeps to the word after it; every other mark to the word before. */
const OPENING = /^[\p{Ps}\p{Pi}“‘《〈「『【（]+$/u;
const PUNCT = /^[\p{P}\p{S}]+$/u;
const QUOTED = /(“[^“”]{1,8}”|《[^《》]{1,12}》)/u;

/** One segmenter per language: creating one costs more than segmenting a heading with it. */
const segmenters = new Map<string, Intl.Segmenter>();
/** A page shows each title twice (index, section) and every edition of a site repeats them. */
const unitsOf = new Map<string, readonly string[]>();

/**
 * The units a Chinese heading may break between. Single characters the segmenter leaves alone
 * (`走|深|走|心`) are joined into runs, a run of one or two characters stays with the word before
 * it (`以上|率|下` → `以上率下`), and punctuation sticks to its word — so no unit is one
 * character and no line can end on one. Other languages: one unit (the browser breaks at spaces).
 *
 * @example headingUnits('强化联动确保理论学习走深走心走实', 'zh-Hans') // ['强化联动', '确保', '理论', '学习', '走深走心走实']
 */
export function headingUnits(text: string, lang: string | undefined): readonly string[] {
  if (!isChineseLang(lang)) return [text];
  const key = `${lang}\n${text}`;
  let units = unitsOf.get(key);
  if (!units) unitsOf.set(key, units = Object.freeze(splitHeading(text, lang!)));
  return units;
}

function splitHeading(text: string, lang: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, segmenter = new Intl.Segmenter(lang, { granularity: 'word' }));
  // A short quoted term (“关键少数”, “一件事一次办”) is the heading's key phrase: never split it.
  const segments = text.split(QUOTED).filter(Boolean)
    .flatMap((piece) => (QUOTED.test(piece) ? [piece] : [...segmenter.segment(piece)].map((s) => s.segment)));
  // 1. Runs of single Han characters become one unit.
  const units: { text: string; singles: boolean }[] = [];
  for (const segment of segments) {
    const last = units.at(-1);
    const single = segment.length === 1 && HAN.test(segment);
    if (single && last?.singles) last.text += segment;
    else units.push({ text: segment, singles: single });
  }
  // 2. A run of one or two characters joins the Han word right before it.
  const joined: string[] = [];
  for (const unit of units) {
    const prev = joined.at(-1);
    if (unit.singles && unit.text.length <= 2 && prev !== undefined && HAN.test(prev.slice(-1))) joined[joined.length - 1] = prev + unit.text;
    else joined.push(unit.text);
  }
  // 3. Punctuation sticks to its word; spaces stay breaks.
  const out: string[] = [];
  let opening = '';
  for (const unit of joined) {
    if (OPENING.test(unit)) opening += unit;
    else if (PUNCT.test(unit) && out.length > 0 && !opening) out[out.length - 1] += unit;
    else { out.push(opening + unit); opening = ''; }
  }
  if (opening) out.push(opening);
  // 4. A last unit of one character goes with the one before (no `…主题教育全 / 覆` widow).
  if (out.length > 1 && [...out.at(-1)!].filter((c) => HAN.test(c)).length < 2) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  return out;
}

/**
 * A Chinese headline's parts between spaces (`江津区主题教育 呈现十大亮点`): the space is the
 * newsroom's own break, so each part is kept whole when it fits. Other languages: one part.
 *
 * @example headlineParts('江津区主题教育 呈现十大亮点', 'zh-Hans') // ['江津区主题教育', '呈现十大亮点']
 */
export function headlineParts(text: string, lang: string | undefined): string[] {
  return isChineseLang(lang) ? text.split(/\s+/).filter(Boolean) : [text];
}
