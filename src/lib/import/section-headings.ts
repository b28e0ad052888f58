// Which markers are the article's sections: segmentation, as a person reads it. Every marker of
// every style is a candidate (`heading-markers.ts`); each style's best sequence (1..N ascending or
// N..1 descending, gaps and repeats allowed at a cost) is scored, a sequence that lives inside one
// section of another is a nested list, and the best one wins. Then lines are split at the chosen
// markers (also inside a paragraph) and each heading's title is cut from its line.
import { ImportError, type ImportWarning } from '@/lib/import/import-error';
import { markersIn, type Marker } from '@/lib/import/heading-markers';
import type { SourceLine } from '@/lib/import/source-lines';

/** A piece of running text and the input line it comes from. */
export interface Piece {
  text: string;
  line: number;
}

/** One section as found. */
export interface FoundSection {
  /** Number as printed in the source (2 for an article whose first point is unmarked). */
  sourceNumber: number;
  /** The marker as printed: `亮点一：`, `一是`, `01`. */
  marker: string;
  title: string;
  /** Line of the marker. */
  line: number;
  body: Piece[];
}

/** The article split at its section markers. */
export interface Segmentation {
  /** Text before the first section. */
  preamble: Piece[];
  sections: FoundSection[];
  /** Label template of the chosen style: 亮点{一}, 第{一}, {1}. */
  label: string | undefined;
  warnings: ImportWarning[];
  /** Unnumbered headings of groups whose numbering restarts (年度暖心事): not a section, not body text. */
  groupHeadings: Piece[];
}

/** A marker with its line and how strongly it reads as a heading. */
interface Candidate extends Marker {
  index: number;
  line: number;
  weight: number;
  /** Characters of text before this marker in the whole body: the text between two markers is a section. */
  at: number;
  /** Why this candidate is weak, for the no-heading report. */
  weakness?: string;
}

/** The longest title a reader accepts: a clause, not a paragraph. */
const MAX_TITLE_HAN = 36;
const MAX_TITLE_LATIN = 140;
const isLatin = (text: string) => (text.match(/[A-Za-z]/g) ?? []).length > (text.match(/\p{Script=Han}/gu) ?? []).length;
const tooLong = (title: string) => title.length > (isLatin(title) ? MAX_TITLE_LATIN : MAX_TITLE_HAN);

/** Whether a whole line reads like a title: short, no sentence punctuation inside or at its end. */
export function readsLikeTitle(text: string): boolean {
  const t = text.trim();
  if (!t || tooLong(t)) return false;
  if (/[。；;]/u.test(t.slice(0, -1)) || /[。，,、；;]$/u.test(t)) return false;
  return !(isLatin(t) && /[.!?]\s+\S/.test(t));
}

/** Where a title ends inside a heading line and the body begins. */
export interface TitleSplit {
  title: string;
  body: string;
  /** The title is the whole sentence and there is no more text: the item is one sentence. */
  oneSentence: boolean;
  /** How the title was found: `clause` and `cut` mean the source gave no short title. */
  how: 'line' | 'stop' | 'clause' | 'cut';
}

/**
 * Cuts a heading's title from the text after its marker: to the end of the line, or to the first
 * sentence end, the colon that opens the body, or a dash; a long first sentence gives its first
 * clause. Nothing is dropped: title + body hold every word of `rest`.
 * @example splitTitle('建好一张网。全区新建管网86公里。') // { title: '建好一张网', body: '全区新建管网86公里。', oneSentence: false }
 * @example splitTitle('新增公共停车位2000个。') // { title: '新增公共停车位2000个', body: '', oneSentence: true }
 */
export function splitTitle(rest: string): TitleSplit {
  const text = rest.trim();
  const latin = isLatin(text);
  const limit = latin ? MAX_TITLE_LATIN : MAX_TITLE_HAN;
  const stops = [
    /[。！？；]/u.exec(text),
    latin ? /[.!?;](?=\s|$)/u.exec(text) : /[!?](?=\s|$)/u.exec(text),
    /[：:](?!\d)/u.exec(text),
    latin ? /\s[—–-]{1,2}\s/u.exec(text) : /——|—|\s[–-]\s/u.exec(text),
  ].filter((m): m is RegExpExecArray => !!m && m.index > 0).sort((a, b) => a.index - b.index);
  const first = stops[0];
  // Markdown bold around a title (`1. **Ferries**. …`) is emphasis, not part of it.
  const clean = (t: string) => t.trim().replace(/^\*\*(.+)\*\*$/u, '$1').replace(/[，,、\s]+$/u, '');
  if (!first) {
    if (!tooLong(text)) return { title: clean(text), body: '', oneSentence: false, how: 'line' };
  } else if (first.index <= limit) {
    const body = text.slice(first.index + first[0].length).trim();
    // A question or exclamation is part of the title (就业怎么稳？); a full stop or colon is not.
    const keep = /^[？！?!]/u.test(first[0]) ? first[0] : '';
    const title = clean(text.slice(0, first.index)) + keep;
    // A quoted title that closes after the stop (`“提速”：…`) keeps its closing quote.
    return { title, body, oneSentence: body === '', how: 'stop' };
  }
  // A long first sentence: its first clause is the title, the whole text stays as the body.
  const clause = /[，,、]/u.exec(text);
  if (clause && clause.index > 1 && clause.index <= (latin ? 80 : 30)) return { title: clean(text.slice(0, clause.index)), body: text.slice(clause.index + 1).trim(), oneSentence: false, how: 'clause' };
  const sentence = first ? text.slice(0, first.index) : text;
  return { title: clean(sentence.slice(0, limit)) + (sentence.length > limit ? '…' : ''), body: text, oneSentence: false, how: 'cut' };
}

/** Forms whose word says "this is a section" (亮点一, Highlight 1, “名片”二): stronger than bare numerals. */
const WORDED = /^(?:bracket-)?(?:word|english|quoted-word)/;

/** Collects candidates of every style with their weights. */
function candidatesOf(lines: readonly SourceLine[], evidence: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  let before = 0;
  lines.forEach(({ text, line }, index) => {
    const lineStart = before;
    before += text.length;
    if (!text) return;
    for (const marker of markersIn(text)) {
      const inline = marker.start > 0;
      let weight = inline ? 0.6 : 1;
      let weakness: string | undefined;
      const rest = text.slice(marker.end);
      if (marker.alone) {
        const next = nextText(lines, index);
        if (!next || !readsLikeTitle(next.text) || markersIn(next.text).some((m) => m.start === 0)) {
          weight *= 0.4;
          weakness = 'marker alone, next line is not a short title';
        }
        if (/^(?:ar|cn)-alone/.test(marker.style) && marker.number > 40) continue;
      } else if (/^(?:ar|cn)-space/.test(marker.style)) {
        // `1 医疗保障`: only a short title alone on its line; `2 元` or `100 个` is prose.
        if (!readsLikeTitle(rest) || rest.length > 24 || /^[个元年月日天万亿人次件项名所家条座处台辆吨米亩岁倍%％]/u.test(rest)) continue;
      } else {
        const split = splitTitle(rest);
        if (split.how === 'cut' || split.how === 'clause') {
          weight *= 0.5;
          weakness = 'no short title before the first sentence end';
        }
      }
      if (marker.decimalLike) {
        weight *= 0.3;
        weakness = 'reads like a decimal number';
      }
      if (WORDED.test(marker.style)) weight += 0.25;
      if (evidence.has(line)) weight += 1;
      out.push({ ...marker, index, line, weight, weakness, at: lineStart + marker.start });
    }
  });
  return out;
}

function nextText(lines: readonly SourceLine[], index: number): SourceLine | undefined {
  for (let i = index + 1; i < lines.length; i += 1) if (lines[i]!.text) return lines[i];
  return undefined;
}

/** A scored sequence of one style. */
interface Chain {
  style: string;
  members: Candidate[];
  score: number;
  descending: boolean;
}

const GAP_COST = 0.7;
const REPEAT_COST = 0.9;
const RESTART_COST = 0.4;
const BODY_BONUS = 0.4;

/**
 * The index of a group heading right above line `index`: a short title-like line without a marker
 * (年度暖心事) directly before it. Numbering may restart at 1 after one.
 */
function groupHeadingFinder(lines: readonly SourceLine[]): (index: number) => number | undefined {
  return (index) => {
    let i = index - 1;
    while (i >= 0 && !lines[i]!.text) i -= 1;
    const line = lines[i];
    if (!line || [...line.text].length > 16 || !readsLikeTitle(line.text) || markersIn(line.text).length > 0 || /[：:]$/u.test(line.text)) return undefined;
    return i;
  };
}
const before = (a: Candidate, b: Candidate) => a.index < b.index || (a.index === b.index && a.start < b.start);

/** The best-scoring sequence of one style's candidates (in reading order), ascending or descending. */
function bestChain(style: string, group: Candidate[], groupHeadingAt: (index: number) => number | undefined): Chain | undefined {
  let best: Chain | undefined;
  for (const descending of [false, true]) {
    const score: number[] = [];
    const prev: number[] = [];
    group.forEach((c, i) => {
      const startOk = descending ? c.number >= 3 : c.number <= 2;
      score[i] = startOk ? c.weight - (!descending && c.number === 2 ? 0.3 : 0) : -Infinity;
      prev[i] = -1;
      for (let j = 0; j < i; j += 1) {
        if (score[j] === -Infinity || !before(group[j]!, c)) continue;
        const step = descending ? group[j]!.number - c.number : c.number - group[j]!.number;
        // A new group (年度新地标) restarts the numbering at 1 under its own unnumbered heading.
        const restart = !descending && c.number === 1 && group[j]!.number >= 2 && groupHeadingAt(c.index) !== undefined && groupHeadingAt(c.index)! > group[j]!.index;
        if (!restart && (step < 0 || step > 3)) continue;
        const cost = restart ? RESTART_COST : step === 0 ? REPEAT_COST : (step - 1) * GAP_COST;
        // Sections have text: a run of bare links (a related-news list) scores less than real sections.
        const between = c.at - group[j]!.at - group[j]!.text.length;
        const s = score[j]! + c.weight - cost + BODY_BONUS * Math.min(1, Math.max(0, between) / 60);
        if (s > score[i]!) {
          score[i] = s;
          prev[i] = j;
        }
      }
    });
    group.forEach((c, i) => {
      if (score[i] === -Infinity) return;
      const members: Candidate[] = [];
      for (let k = i; k >= 0; k = prev[k]!) members.unshift(group[k]!);
      // A countdown that stops before 1 is a truncated article only when the run is long enough to be one.
      if (members.length < 2 || (descending && c.number > 2 && members.length < 3)) return;
      if (!best || score[i]! > best.score) best = { style, members, score: score[i]!, descending };
    });
  }
  return best;
}

/** True when `inner` lies within one section of `outer` (between two of its headings, or after its last). */
function isNestedIn(inner: Chain, outer: Chain): boolean {
  if (outer.score < inner.score * 0.5) return false;
  const first = inner.members[0]!;
  const last = inner.members[inner.members.length - 1]!;
  const opening = outer.members.filter((o) => before(o, first)).pop();
  if (!opening) return false;
  const closing = outer.members.find((o) => before(opening, o) && !before(o, first));
  return !closing || before(last, closing);
}

/**
 * True when a style's numbering starts again at 1 under each heading of `outer` — the sub-points
 * （一）（二） of every 一、 section: at least two restarts, each after a heading of `outer`.
 */
function restartsUnder(group: readonly Candidate[], outer: Chain): boolean {
  const ones = group.filter((c) => c.number === 1);
  if (ones.length < 2 || outer.members.length < 2) return false;
  return ones.every((one, i) => {
    const previous = i === 0 ? undefined : ones[i - 1]!;
    return outer.members.some((o) => before(o, one) && (!previous || before(previous, o)));
  });
}

/**
 * Splits the body lines (headline and metadata lines blanked) into preamble and sections.
 * `headingLines` are lines the source styled as headings (Word, HTML): strong evidence.
 * Throws `no-heading`, listing the candidates considered and why each was rejected.
 */
export function segmentSections(lines: readonly SourceLine[], headingLines: readonly number[] = []): Segmentation {
  const evidence = new Set(headingLines);
  const candidates = candidatesOf(lines, evidence);
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) groups.set(c.style, [...(groups.get(c.style) ?? []), c]);
  const groupHeadingAt = groupHeadingFinder(lines);
  const chains = [...groups].map(([style, group]) => bestChain(style, group, groupHeadingAt)).filter((c): c is Chain => !!c);
  const ranked = chains
    .filter((chain) => !chains.some((other) => other !== chain && (isNestedIn(chain, other) || restartsUnder(groups.get(chain.style)!, other))))
    .sort((a, b) => b.score - a.score || (before(a.members[0]!, b.members[0]!) ? -1 : 1));
  const chosen = ranked[0];
  // Styled lines without numbers (Word headings, <h2>) beat a weaker numbered run (sub-points).
  const unmarked = lines.filter((l) => l.text && evidence.has(l.line) && !markersIn(l.text).some((m) => m.start === 0)).length;
  if (!chosen || (unmarked >= 2 && unmarked * 1.8 > chosen.score)) {
    const unnumbered = evidenceSections(lines, headingLines);
    if (unnumbered) return unnumbered;
  }
  if (!chosen) {
    // No numbers at all: short subheads standing alone above a paragraph are what a reader sees.
    const subheads = subheadLines(lines);
    const unnumbered = subheads.length >= 2 ? evidenceSections(lines, subheads) : undefined;
    if (unnumbered) {
      unnumbered.warnings.unshift(warn('unnumbered-sections', subheads[0]!, `文中没有编号的小标题；第 ${subheads.join('、')} 行是单独成行的短句，已作为各节标题。请检查。`, `No numbered headings; the short lines ${subheads.join(', ')} stand alone above paragraphs and were taken as section titles. Check them.`));
      return unnumbered;
    }
    throw noHeading(candidates, groups, chains);
  }
  return split(lines, chosen, candidates, groupHeadingAt);
}

/** Lines that read as unnumbered subheads: short, title-like, between paragraphs (not in a run of short lines). */
function subheadLines(lines: readonly SourceLine[]): number[] {
  const filled = lines.filter((l) => l.text);
  const short = (t: string) => readsLikeTitle(t) && [...t].length <= (isLatin(t) ? 80 : 24);
  const paragraph = (t: string | undefined) => !!t && !readsLikeTitle(t) && [...t].length > 20;
  return filled.filter((l, i) => short(l.text) && paragraph(filled[i + 1]?.text) && (i === 0 || !short(filled[i - 1]!.text))).map((l) => l.line);
}

/** Sections from styled lines alone (Word headings without numbers): numbered in reading order. */
function evidenceSections(lines: readonly SourceLine[], headingLines: readonly number[]): Segmentation | undefined {
  const marked = lines.filter((l) => l.text && headingLines.includes(l.line));
  if (marked.length < 2) return undefined;
  const chain: Chain = {
    style: 'evidence', score: marked.length, descending: false,
    members: marked.map((l, i) => ({ style: 'evidence', number: i + 1, kind: 'ar', label: '', text: '', start: 0, end: 0, decimalLike: false, alone: false, index: lines.indexOf(l), line: l.line, weight: 1, at: 0 })),
  };
  const result = split(lines, chain, []);
  return { ...result, label: undefined };
}

/** Cuts the lines at the chosen markers and reads each title; collects the sequence warnings. */
function split(lines: readonly SourceLine[], chain: Chain, all: readonly Candidate[], groupHeadingAt: (index: number) => number | undefined = () => undefined): Segmentation {
  const warnings: ImportWarning[] = [];
  // Group headings: above each restart at 1, and above the first heading when the numbering restarts.
  const restarts = chain.members.filter((m, i) => i > 0 && m.number === 1 && chain.members[i - 1]!.number >= 2);
  const groupIndexes = new Set<number>();
  for (const m of restarts.length ? [chain.members[0]!, ...restarts] : []) {
    const at = groupHeadingAt(m.index);
    if (at === undefined) continue;
    groupIndexes.add(at);
    warnings.push(warn('numbering-restarts', lines[at]!.line, `第 ${lines[at]!.line} 行“${lines[at]!.text}”是一组小标题的总标题，编号从 1 重新开始；它记在 index.md 的 unplaced 里，页面上不显示。`, `Line ${lines[at]!.line} ("${lines[at]!.text}") heads a group whose numbering restarts at 1; it is kept under unplaced: in index.md and not shown on the page.`));
  }
  const groupHeadings: Piece[] = [...groupIndexes].sort((a, b) => a - b).map((i) => lines[i]!);
  const preamble: Piece[] = [];
  const sections: FoundSection[] = [];
  const byIndex = new Map<number, Candidate[]>();
  for (const m of chain.members) byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
  let current: Piece[] = preamble;
  const echoes = new Set<Piece>();
  let skipTitleLine = -1;
  lines.forEach(({ text, line }, index) => {
    if (!text || index === skipTitleLine || groupIndexes.has(index)) return;
    const markers = byIndex.get(index);
    if (!markers) {
      current.push({ text, line });
      return;
    }
    const head = text.slice(0, markers[0]!.start).trim();
    if (head) current.push({ text: head, line });
    markers.forEach((m, k) => {
      const rest = text.slice(m.end, markers[k + 1]?.start ?? text.length).trim();
      const section: FoundSection = { sourceNumber: m.number, marker: m.text, title: '', line, body: [] };
      if (m.style === 'evidence') {
        section.title = text;
      } else if (!rest) {
        const nextIndex = lines.findIndex((l, i) => i > index && l.text);
        const next = lines[nextIndex];
        if (next && readsLikeTitle(next.text) && !byIndex.has(nextIndex)) {
          section.title = next.text;
          skipTitleLine = nextIndex;
        } else if (next && !byIndex.has(nextIndex)) {
          section.title = splitTitle(next.text).title;
          warnings.push(warn('title-from-text', line, `第 ${line} 行的编号后面没有标题，已用下一行的第一句“${section.title}”作标题（正文保留整段）。请检查。`, `The marker on line ${line} has no title; the first sentence of the next line ("${section.title}") became the title, and the paragraph stays in the text. Check it.`));
        }
      } else {
        const cut = splitTitle(rest);
        section.title = cut.title;
        // A one-sentence item keeps its sentence as its text too, so the section is never empty.
        if (cut.oneSentence) echoes.add(section.body[section.body.push({ text: rest, line }) - 1]!);
        else if (cut.body) section.body.push({ text: cut.body, line });
        // What follows the title on its line is a paragraph of its own, never glued to the next line.
        if (section.body.length > 0) section.body.push({ text: '', line });
        if (cut.how === 'clause') warnings.push(warn('title-from-clause', line, `第 ${line} 行的编号后面是一个长句，已用它的第一个分句“${cut.title}”作标题。请检查。`, `The marker on line ${line} opens a long sentence; its first clause ("${cut.title}") became the title. Check it.`));
        if (cut.how === 'cut') warnings.push(warn('long-title', line, `第 ${line} 行的小标题太长，已截短为“${cut.title}”，整句保留在正文里。请写一个短标题。`, `The heading on line ${line} is too long; it was shortened to "${cut.title}" and the whole sentence stays in the text. Write a short title.`));
      }
      sections.push(section);
      current = section.body;
    });
  });
  for (const section of sections) {
    // A one-sentence item keeps its sentence as text only when nothing else follows it.
    if (section.body.some((p) => p.text && !echoes.has(p))) section.body = section.body.filter((p) => !echoes.has(p));
    if (!section.title) section.title = section.marker;
    if (section.body.every((p) => !p.text)) {
      section.body.length = 0;
      section.body.push({ text: section.title, line: section.line });
      warnings.push(warn('empty-section', section.line, `第 ${section.line} 行的一节“${section.title}”下面没有正文，已把标题用作正文。请补上正文或删除这一节。`, `The section on line ${section.line} ("${section.title}") has no text; its title was used as the text. Add its paragraphs or remove the section.`));
    }
  }
  warnings.push(...sequenceWarnings(chain, all));
  return { preamble, sections, label: chain.members[0]!.label, warnings, groupHeadings };
}

function warn(code: string, line: number, zh: string, en: string): ImportWarning {
  return { code, line, zh, en };
}

/** Gaps, repeats, an unmarked first point, decimal-looking markers and same-style markers left out. */
function sequenceWarnings(chain: Chain, all: readonly Candidate[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const m = chain.members;
  const first = m[0]!;
  if (!chain.descending && first.number === 2) {
    out.push(warn('unmarked-first', first.line, `编号从 2 开始（第 ${first.line} 行）：第一点没有编号，留在了导语里。如果它是一节，请在它前面加上编号。`, `Numbering starts at 2 (line ${first.line}): the first point has no marker and stays in the lede. If it is a section, give it a marker.`));
  }
  const step = chain.descending ? -1 : 1;
  m.forEach((c, i) => {
    if (c.decimalLike) out.push(warn('decimal-marker', c.line, `第 ${c.line} 行的“${c.text}”按小标题 ${c.number} 读取（后面紧跟数字）。请确认这里是新的一节。`, `"${c.text}" on line ${c.line} was read as heading ${c.number} although a digit follows it. Check that a new section starts here.`));
    if (i === 0) return;
    const p = m[i - 1]!;
    if (!chain.descending && c.number === 1 && p.number >= 2) return;
    if (c.number === p.number) {
      out.push(warn('duplicate-number', c.line, `小标题编号 ${c.number} 重复：第 ${p.line} 行已经用过。请改正编号。`, `Heading number ${c.number} is used twice: line ${p.line} already has it. Fix the numbering.`));
      return;
    }
    for (let n = p.number + step; n !== c.number; n += step) {
      const lookalike = all.find((o) => o.number === n && before(p, o) && before(o, c));
      const zhHint = lookalike ? `第 ${lookalike.line} 行的“${lookalike.text}”可能是这一节，但写法不同，它被并入了上一节。` : '这一节可能被并入了上一节。';
      const enHint = lookalike ? `"${lookalike.text}" on line ${lookalike.line} may be it, written differently; it was merged into the previous section.` : 'It may have been merged into the previous section.';
      out.push(warn('skipped-number', c.line, `缺少第 ${n} 节（第 ${p.line} 行和第 ${c.line} 行之间）。${zhHint}请补上编号或调整编号。`, `Section ${n} is missing between lines ${p.line} and ${c.line}. ${enHint} Add its marker or renumber.`));
    }
  });
  const last = m[m.length - 1]!;
  if (chain.descending && last.number !== 1) out.push(warn('countdown-end', last.line, `倒数编号没有数到 1（最后是 ${last.number}，第 ${last.line} 行）。请检查文章是否完整。`, `The countdown stops at ${last.number} (line ${last.line}), not 1. Check that the article is complete.`));
  for (const o of all) {
    if (o.style !== chain.style || m.includes(o) || o.start > 0 || o.decimalLike || !before(first, o) || !before(o, last)) continue;
    out.push(warn('not-in-sequence', o.line, `第 ${o.line} 行的“${o.text}”像小标题，但编号不在顺序里，留在了正文中。如果它是一节，请改正编号。`, `"${o.text}" on line ${o.line} looks like a heading but its number does not fit the sequence; it stays in the text. If it is a section, fix its number.`));
  }
  return out;
}

/** `no-heading`, with each candidate line considered and why it was rejected. */
function noHeading(candidates: readonly Candidate[], groups: ReadonlyMap<string, Candidate[]>, chains: readonly Chain[]): ImportError {
  const reasons = candidates.slice(0, 12).map((c) => {
    const group = groups.get(c.style)!;
    const chain = chains.find((ch) => ch.style === c.style);
    const why = group.length < 2 ? ['only marker of its style', '同类编号只有这一个']
      : chain ? ['nested inside another list', '在另一组编号的一节之内']
      : ['numbers do not run in sequence', '编号不连续'];
    return { zh: `第 ${c.line} 行“${c.text}”（${why[1]}${c.weakness ? '；读起来像正文' : ''}）`, en: `line ${c.line} "${c.text}" (${why[0]}${c.weakness ? `; ${c.weakness}` : ''})` };
  });
  const zhList = reasons.length ? `考虑过的行：${reasons.map((r) => r.zh).join('；')}。` : '没有任何一行以编号开头。';
  const enList = reasons.length ? `Lines considered: ${reasons.map((r) => r.en).join('; ')}.` : 'No line starts with a numbered marker.';
  return new ImportError('no-heading', candidates[0]?.line,
    { what: `没有找到小标题：文中没有一组按顺序编号的小标题（如“亮点一：”“一、”“（一）”“1.”“第一，”“一是”“01”）。${zhList}`, fix: '让每一节以编号开头（单独成行，或紧跟在上一句的句号后面），编号按 1、2、3…连续排列。' },
    { what: `No section heading found: no sequence of numbered markers such as "亮点一：", "一、", "（一）", "1.", "第一，", "一是", "01" or "Highlight 1:". ${enList}`, fix: 'Start each section with a numbered marker (on its own line, or right after the previous sentence end), numbered 1, 2, 3… in order.' });
}
