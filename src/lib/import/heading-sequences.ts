// Scoring section markers: each candidate's weight (line start, inline, title after it, styled by
// the source), each style's best sequence in reading order (1..N, N..1, restarts under group
// headings; gaps and repeats cost, text between markers counts) and the nesting rules that keep
// sub-points (一是…, （一）…) from being taken for the sections.
import { markersIn, type Marker } from '@/lib/import/heading-markers';
import { readsLikeTitle, splitTitle } from '@/lib/import/heading-titles';
import type { SourceLine } from '@/lib/import/source-lines';

/** A marker with its line and how strongly it reads as a heading. */
export interface Candidate extends Marker {
  index: number;
  line: number;
  weight: number;
  /** Characters of text before this marker in the whole body: the text between two markers is a section. */
  at: number;
  /** Why this candidate is weak, for the no-heading report. */
  weakness?: string;
}

/** Forms whose word says "this is a section" (亮点一, Highlight 1, “名片”二): stronger than bare numerals. */
const WORDED = /^(?:bracket-)?(?:word|english|quoted-word)/;

/** Collects candidates of every style with their weights. */
export function candidatesOf(lines: readonly SourceLine[], evidence: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  let before = 0;
  lines.forEach(({ text, line }, index) => {
    const lineStart = before;
    before += text.length;
    if (!text) return;
    for (const marker of markersIn(text)) {
      const inline = !marker.lineStart;
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
        const split = splitTitle(rest, { wholeLine: !inline });
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
export interface Chain {
  style: string;
  members: Candidate[];
  score: number;
  descending: boolean;
}

const GAP_COST = 0.7;
const REPEAT_COST = 0.9;
const RESTART_COST = 0.4;
const BODY_BONUS = 0.4;
const LOOK_BACK = 300;

/**
 * The index of a group heading right above line `index`: a short title-like line without a marker
 * (年度暖心事) directly before it. Numbering may restart at 1 after one.
 */
export function groupHeadingFinder(lines: readonly SourceLine[]): (index: number) => number | undefined {
  return (index) => {
    let i = index - 1;
    while (i >= 0 && !lines[i]!.text) i -= 1;
    const line = lines[i];
    if (!line || [...line.text].length > 16 || !readsLikeTitle(line.text) || markersIn(line.text).length > 0 || /[：:]$/u.test(line.text)) return undefined;
    return i;
  };
}

/** Reading order of two candidates: by line, then by position in the line. */
export const before = (a: Candidate, b: Candidate) => a.index < b.index || (a.index === b.index && a.start < b.start);

/** The best-scoring sequence of one style's candidates (in reading order), ascending or descending. */
export function bestChain(style: string, group: Candidate[], groupHeadingAt: (index: number) => number | undefined): Chain | undefined {
  let best: Chain | undefined;
  for (const descending of [false, true]) {
    const score: number[] = [];
    const prev: number[] = [];
    group.forEach((c, i) => {
      const startOk = descending ? c.number >= 3 : c.number <= 2;
      score[i] = startOk ? c.weight - (!descending && c.number === 2 ? 0.3 : 0) : -Infinity;
      prev[i] = -1;
      // A window keeps long documents fast: consecutive headings are never hundreds of markers apart.
      for (let j = Math.max(0, i - LOOK_BACK); j < i; j += 1) {
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
export function isNestedIn(inner: Chain, outer: Chain): boolean {
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
export function restartsUnder(group: readonly Candidate[], outer: Chain): boolean {
  const ones = group.filter((c) => c.number === 1);
  if (ones.length < 2 || outer.members.length < 2) return false;
  return ones.every((one, i) => {
    const previous = i === 0 ? undefined : ones[i - 1]!;
    return outer.members.some((o) => before(o, one) && (!previous || before(previous, o)));
  });
}
