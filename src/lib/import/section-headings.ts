// Which markers are the article's sections: segmentation, as a person reads it. Every marker of
// every style is a candidate (`heading-markers.ts`); each style's best sequence (1..N ascending or
// N..1 descending, gaps and repeats allowed at a cost) is scored, a sequence that lives inside one
// section of another is a nested list, and the best one wins. Then lines are split at the chosen
// markers (also inside a paragraph) and each heading's title is cut from its line.
import { importError, importWarning, type ImportError, type ImportWarning } from '@/lib/import/import-error';
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
      unnumbered.warnings.unshift(importWarning('unnumbered-sections', subheads[0]!, { lines: subheads }));
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
  result.warnings.unshift(importWarning('unnumbered-lead-words', led[0]!.l.line, { lines: led.map((x) => x.l.line), lead: led[0]!.m![0].trim() }));
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
    warnings.push(importWarning('numbering-restarts', lines[at]!.line, { line: lines[at]!.line, text: lines[at]!.text }));
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
          warnings.push(importWarning('title-from-text', line, { line, title: section.title }));
        }
      } else {
        const cut = splitTitle(rest, { wholeLine: !head && k === 0 && markers.length === 1 });
        section.title = cut.title;
        // A one-sentence item keeps its sentence as its text too, so the section is never empty.
        if (cut.oneSentence) echoes.add(section.body[section.body.push({ text: rest, line }) - 1]!);
        else if (cut.body) section.body.push({ text: cut.body, line });
        // What follows the title on its line is a paragraph of its own, never glued to the next line.
        if (section.body.length > 0) section.body.push({ text: '', line });
        if (cut.how === 'stop' && tooLong(cut.title)) warnings.push(importWarning('long-title', line, { line, length: [...cut.title].length }));
        if (cut.how === 'clause') warnings.push(importWarning('title-from-clause', line, { line, title: cut.title }));
        if (cut.how === 'cut') warnings.push(importWarning('title-cut', line, { line, title: cut.title }));
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
      warnings.push(importWarning('empty-section', section.line, { line: section.line, title: section.title }));
    }
  }
  warnings.push(...sequenceWarnings(chain, all));
  return { preamble, sections, label: chain.members[0]!.label, descending: chain.descending, warnings, groupHeadings };
}

/** Gaps, repeats, an unmarked first point, decimal-looking markers and same-style markers left out. */
function sequenceWarnings(chain: Chain, all: readonly Candidate[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const m = chain.members;
  const first = m[0]!;
  if (!chain.descending && first.number === 2) {
    out.push(importWarning('unmarked-first', first.line, { line: first.line }));
  }
  const step = chain.descending ? -1 : 1;
  m.forEach((c, i) => {
    if (c.decimalLike) out.push(importWarning('decimal-marker', c.line, { line: c.line, text: c.text, number: c.number }));
    if (i === 0) return;
    const p = m[i - 1]!;
    if (!chain.descending && c.number === 1 && p.number >= 2) return;
    if (c.number === p.number) {
      out.push(importWarning('duplicate-number', c.line, { number: c.number, previous: p.line }));
      return;
    }
    for (let n = p.number + step; n !== c.number; n += step) {
      const lookalike = all.find((o) => o.number === n && before(p, o) && before(o, c));
      out.push(importWarning('skipped-number', c.line, { number: n, from: p.line, to: c.line, lookalike }));
    }
  });
  const last = m[m.length - 1]!;
  if (chain.descending && last.number !== 1) out.push(importWarning('countdown-end', last.line, { line: last.line, number: last.number }));
  for (const o of all) {
    if (o.style !== chain.style || m.includes(o) || o.start > 0 || o.decimalLike || !before(first, o) || !before(o, last)) continue;
    out.push(importWarning('not-in-sequence', o.line, { line: o.line, text: o.text }));
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
