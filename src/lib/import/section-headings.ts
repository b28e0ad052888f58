// Which markers are the article's sections: segmentation, as a person reads it. Every marker of
// every style is a candidate (`heading-markers.ts`); each style's best sequence (1..N ascending or
// N..1 descending, gaps and repeats allowed at a cost) is scored, a sequence that lives inside one
// section of another is a nested list, and the best one wins. Then lines are split at the chosen
// markers (also inside a paragraph) and each heading's title is cut from its line.
import { importError, type ImportError, type ImportWarning } from '@/lib/import/import-error';
import { markersIn } from '@/lib/import/heading-markers';
import { bestChain, before, candidatesOf, groupHeadingFinder, isNestedIn, restartsUnder, type Candidate, type Chain } from '@/lib/import/heading-sequences';
import { isLatin, readsLikeTitle, splitTitle, tooLong } from '@/lib/import/heading-titles';
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
  /** The chosen sequence counts down (10 → 1). */
  descending: boolean;
  warnings: ImportWarning[];
  /** Unnumbered headings of groups whose numbering restarts (年度暖心事): not a section, not body text. */
  groupHeadings: Piece[];
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
    // No numbers at all: paragraphs led by a bullet (——, ■, ●) are the sections of many year-in-review pieces.
    const bulleted = bulletSections(lines);
    if (bulleted) return bulleted;
    // Otherwise short subheads standing alone above a paragraph are what a reader sees.
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

/** A paragraph-leading bullet: `——经济运行稳中有进。…`, `■ 城市更新`, `●民生`. */
const BULLET = /^(?:——|—{1,2}\s|[■□◆◇●○★☆▶►])\s*/u;

/**
 * Sections marked by a bullet at the start of their paragraph, numbered in reading order; the
 * title runs to the first sentence end as for inline headings. Needs two such lines or more.
 */
function bulletSections(lines: readonly SourceLine[]): Segmentation | undefined {
  const led = lines.map((l, index) => ({ l, index, m: BULLET.exec(l.text) })).filter((x) => x.m && x.l.text.length > x.m[0].length + 1);
  if (led.length < 2) return undefined;
  const chain: Chain = {
    style: 'bullet', score: led.length, descending: false,
    members: led.map(({ l, index, m }, i) => ({ style: 'bullet', number: i + 1, kind: 'ar', label: '', text: m![0].trim(), start: 0, end: m![0].length, decimalLike: false, alone: false, index, line: l.line, weight: 1, at: 0 })),
  };
  const result = split(lines, chain, []);
  result.warnings.unshift(warn('unnumbered-sections', led[0]!.l.line, `文中没有编号的小标题；第 ${led.map((x) => x.l.line).join('、')} 行以“${led[0]!.m![0].trim()}”开头，已作为各节的开头，标题取到第一个句号。请检查。`, `No numbered headings; lines ${led.map((x) => x.l.line).join(', ')} start with "${led[0]!.m![0].trim()}" and were taken as the sections, each titled up to its first full stop. Check them.`));
  return { ...result, label: undefined, descending: false };
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
  return { ...result, label: undefined, descending: false };
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
        const cut = splitTitle(rest, { wholeLine: !head && k === 0 && markers.length === 1 });
        section.title = cut.title;
        // A one-sentence item keeps its sentence as its text too, so the section is never empty.
        if (cut.oneSentence) echoes.add(section.body[section.body.push({ text: rest, line }) - 1]!);
        else if (cut.body) section.body.push({ text: cut.body, line });
        // What follows the title on its line is a paragraph of its own, never glued to the next line.
        if (section.body.length > 0) section.body.push({ text: '', line });
        if (cut.how === 'stop' && tooLong(cut.title)) warnings.push(warn('long-title', line, `第 ${line} 行的小标题是一整句（${[...cut.title].length} 字）。如果它其实是正文，请在前面写一个短标题。`, `The heading on line ${line} is a whole sentence (${[...cut.title].length} characters). If it is really text, write a short title before it.`));
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
  return { preamble, sections, label: chain.members[0]!.label, descending: chain.descending, warnings, groupHeadings };
}

function warn(rule: string, line: number, zh: string, en: string): ImportWarning {
  return { severity: 'warning', file: '', rule, line, zh, en };
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
  return importError('no-heading', candidates[0]?.line, { considered: reasons });
}
