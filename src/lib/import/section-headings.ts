// Section headings of an "N highlights" article, alone on their line, title on the same or the
// next line: 亮点一: / 亮点1 / 重点二 / 看點三：(any short word + numeral), 一、, （一）, 1. / 1、,
// 第一，, 一是, Highlight 1:, 1. Title. The document's heading style is the dominant consistent
// pattern whose numbers run 1..N; a numbered paragraph inside a body never becomes a heading.
import { parseChineseNumeral } from '@/lib/chinese-number';
import { ImportError } from '@/lib/import/import-error';
import type { SourceLine } from '@/lib/import/source-lines';

/** A line that looks like a section heading of some style. */
export interface HeadingCandidate {
  /** Style key: headings of one document share it (e.g. `word:亮点`, `dun`, `arabic`). */
  style: string;
  number: number;
  /** Title on the same line; '' when the title is on the next line. */
  title: string;
  /** Whether the line reads like a heading (short, no sentence punctuation) rather than a paragraph. */
  headingLike: boolean;
}

/** A chosen section heading with its title and where it is. */
export interface Heading {
  number: number;
  title: string;
  /** Line of the heading marker. */
  line: number;
  /** Last line the heading uses (the title line when the title is on the next line). */
  endLine: number;
}

const CN = '[零〇一二三四五六七八九十百两兩]{1,5}';
const AR = '[0-9０-９]{1,3}';
const NUM = `(${CN}|${AR})`;
const ENGLISH_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** A heading word is Han characters that are not numerals (so 十一 is not word 十 + numeral 一). */
const WORD = '((?:(?![零〇一二三四五六七八九十百两兩第])\\p{Script=Han}){1,4})';

/** Heading patterns, most specific first; each yields style, numeral text and title. */
const PATTERNS: ReadonlyArray<{ style: string; re: RegExp }> = [
  { style: 'english', re: new RegExp(`^(highlight|section|part|point|key point|item|chapter)\\s+(${AR}|${ENGLISH_NUMBERS.join('|')})\\s*(?:[:.：\\-–—]\\s*|\\s+|$)(.*)$`, 'iu') },
  { style: 'paren', re: new RegExp(`^[（(]${NUM}[）)]\\s*[:：、.．]?\\s*(.*)$`, 'u') },
  { style: 'ordinal', re: new RegExp(`^第${NUM}(?:[，,、：:．.]\\s*|\\s+|$)(.*)$`, 'u') },
  { style: 'shi', re: new RegExp(`^(${CN})是(?:[，,：:]\\s*|\\s*)(.*)$`, 'u') },
  { style: 'dun', re: new RegExp(`^(${CN})(?:[、．.]|\\s+)\\s*(.*)$`, 'u') },
  { style: 'arabic', re: new RegExp(`^(${AR})(?:[、]|[.．](?![0-9０-９])|\\s*[)）])\\s*(.*)$`, 'u') },
  { style: 'word', re: new RegExp(`^${WORD}${NUM}(?:\\s*(?:[:：、]|[.．](?![0-9０-９]))\\s*|\\s+|$)(.*)$`, 'u') },
];

/** Whether a title reads like a heading: short, no full stop inside, not ending mid-sentence. */
function readsLikeHeading(title: string): boolean {
  const latin = /^[\x20-\x7E]*$/.test(title);
  if (title.length > (latin ? 120 : 50)) return false;
  if (/[。；;]/u.test(title) || /[，,、]$/u.test(title)) return false;
  // An English sentence, not a title: several full stops.
  return !(latin && (title.match(/\.\s/g) ?? []).length > 0);
}

/** Reads the numeral of a heading: Chinese, Arabic, full-width or an English number word. */
function numberOf(text: string): number | undefined {
  const english = ENGLISH_NUMBERS.indexOf(text.toLowerCase());
  if (english >= 0) return english + 1;
  const value = parseChineseNumeral(text);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Recognises a heading line of any supported style, or returns undefined.
 * @example matchHeading('亮点一:“关键少数”以上率下') // { style: 'word:亮点', number: 1, title: '“关键少数”以上率下', headingLike: true }
 * @example matchHeading('（十二）深化改革') // { style: 'paren', number: 12, title: '深化改革', headingLike: true }
 */
export function matchHeading(text: string): HeadingCandidate | undefined {
  // 【亮点一】标题 and **亮点一** 标题: the marker in brackets or bold reads the same.
  const line = text.replace(/^(?:【([^】]{1,12})】|\*\*([^*]{1,12})\*\*)\s*/u, (_m, a?: string, b?: string) => `${a ?? b} `).trim();
  for (const { style, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const groups = m.slice(1);
    const title = groups.pop()!.trim();
    const numeral = groups.pop()!;
    const number = numberOf(numeral);
    if (number === undefined) continue;
    // 亮点 and 亮點 are one style; English words are compared without case.
    const word = groups[0];
    // 图1 / 表2 number figures and tables, not sections.
    if (style === 'word' && /^(?:图|圖|表|附件|附图|附圖|图片|圖片|照片)$/u.test(word!)) continue;
    const key = style === 'word' ? `word:${word!.replace(/點/g, '点')}` : style === 'english' ? `english:${word!.toLowerCase()}` : style;
    return { style: key, number, title, headingLike: readsLikeHeading(title) };
  }
  return undefined;
}

/** A candidate with its line. */
type Located = HeadingCandidate & { line: number; index: number };

/** True when every restart at 1 of `inner` has a heading of `outer` before it: a nested list. */
function isNestedIn(inner: Located[], outer: Located[]): boolean {
  const restarts = inner.filter((c) => c.number === 1);
  if (restarts.length < 2) return false;
  return restarts.slice(1).every((r, i) => outer.some((o) => o.line > restarts[i]!.line && o.line < r.line));
}

/** Orders styles: a clean 1..N run beats a broken one; then more headings; then the earlier style. */
function scoreOf(group: Located[]): number {
  const valid = group.every((c, i) => c.number === i + 1);
  return valid ? group.length : new Set(group.map((c) => c.number)).size - 0.5;
}

/**
 * Finds the section headings of the body lines (everything after the headline), choosing the dominant
 * heading style and checking that its numbers run 1..N. Throws an ImportError for no heading, a
 * skipped or duplicate number, or a heading without title.
 */
export function findHeadings(lines: readonly SourceLine[]): Heading[] {
  const candidates: Located[] = [];
  lines.forEach(({ text, line }, index) => {
    const c = text ? matchHeading(text) : undefined;
    if (c) candidates.push({ ...c, line, index });
  });
  const groups = new Map<string, Located[]>();
  for (const c of candidates.filter((c) => c.headingLike)) groups.set(c.style, [...(groups.get(c.style) ?? []), c]);
  const ranked = [...groups.values()]
    .filter((g) => ![...groups.values()].some((other) => other !== g && isNestedIn(g, other)))
    .sort((a, b) => scoreOf(b) - scoreOf(a) || a[0]!.line - b[0]!.line);
  const chosen = ranked[0];
  if (!chosen) throw noHeading();
  checkNumbering(chosen, candidates.filter((c) => c.style === chosen[0]!.style && !c.headingLike));
  return chosen.map((c) => ({ number: c.number, ...titleOf(c, lines) }));
}

/** The title on the heading line, or on the next non-empty line when the marker stands alone. */
function titleOf(c: Located, lines: readonly SourceLine[]): { title: string; line: number; endLine: number } {
  if (c.title) return { title: c.title, line: c.line, endLine: c.line };
  let i = c.index + 1;
  while (i < lines.length && lines[i]!.text === '') i += 1;
  const next = lines[i];
  if (!next || matchHeading(next.text) || !readsLikeHeading(next.text)) {
    throw new ImportError('empty-title', c.line,
      { what: `第 ${c.number} 节的标题行只有编号，下一行也不像标题（太长或是正文句子）。`, fix: '在编号后面写上小标题，例如“亮点一：小标题”，或把小标题单独放在编号的下一行。' },
      { what: `Heading ${c.number} has a number but no title, and the next line does not read like a title (too long, or a sentence).`, fix: 'Write the title after the marker ("Highlight 1: Title"), or put a short title alone on the next line.' });
  }
  return { title: next.text, line: c.line, endLine: next.line };
}

/** Checks that headings run 1, 2, …, N in order; names the first gap or repeat. */
function checkNumbering(chosen: Located[], paragraphLike: Located[]): void {
  const seen = new Map<number, number>();
  chosen.forEach((c, i) => {
    const expected = i + 1;
    if (seen.has(c.number)) {
      throw new ImportError('duplicate-number', c.line,
        { what: `第 ${c.number} 节的编号重复：第 ${seen.get(c.number)} 行已经用过这个编号。`, fix: `把这一行的编号改为 ${expected}，并检查后面各节的编号是否连续。` },
        { what: `Section number ${c.number} is used twice: line ${seen.get(c.number)} already has it.`, fix: `Renumber this heading to ${expected} and check that the following numbers run on without gaps.` });
    }
    if (c.number !== expected) {
      const lookalike = paragraphLike.find((p) => p.number === expected && p.line < c.line && (i === 0 || p.line > chosen[i - 1]!.line));
      const zhHint = lookalike ? `第 ${lookalike.line} 行像是第 ${expected} 节的标题，但读起来像正文（太长或含句号）；请把小标题缩短并单独成行。` : `补上缺少的第 ${expected} 节，或把后面各节重新编号。`;
      const enHint = lookalike ? `Line ${lookalike.line} looks like heading ${expected} but reads like a paragraph (too long, or a full stop inside): shorten the title and keep it alone on its line.` : `Add the missing section ${expected}, or renumber the following headings.`;
      const code = i === 0 ? 'first-number' : 'skipped-number';
      throw new ImportError(code, c.line,
        { what: i === 0 ? `第一个小标题的编号是 ${c.number}，应该从 1 开始。` : `小标题编号跳号：应为 ${expected}，这里是 ${c.number}。`, fix: zhHint },
        { what: i === 0 ? `The first heading is numbered ${c.number}; numbering must start at 1.` : `Heading numbers skip: expected ${expected}, found ${c.number}.`, fix: enHint });
    }
    seen.set(c.number, c.line);
  });
}

function noHeading(): ImportError {
  return new ImportError('no-heading', undefined,
    { what: '没有找到小标题：文中没有“亮点一：”“一、”“（一）”“1.”“第一，”“一是”之类单独成行的编号标题。', fix: '让每一节以单独一行的编号小标题开头，例如“亮点一：小标题”，编号从 1 连续排列。' },
    { what: 'No section heading found: no line starts with a numbered marker such as "亮点一：", "一、", "（一）", "1.", "第一，", "一是" or "Highlight 1:".', fix: 'Start each section with a numbered heading alone on its line, e.g. "亮点一：Title" or "1. Title", numbered from 1 without gaps.' });
}
