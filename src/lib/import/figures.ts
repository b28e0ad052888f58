// Key figures of a section: a number with its measure word or unit (78条, 7万余册, 4.3亿元, 100%)
// and a short label from the words before it (谈心谈话54人次 → 谈心谈话). The three largest of a
// section are kept, in the order they appear, as a first draft for an editor to refine. The
// approximation the text states (约4.3亿元, 7万余册, 近900个, 突破1400亿元) becomes `qualifier`.
import { parseAmount } from '@/lib/zh/chinese-number';
import type { Figure, FigureQualifier } from '@/lib/content/content-schema';

/** Measure words and units that make a number a countable figure (longest first when matching). */
export const FIGURE_UNITS = [
  '场次', '人次', '件次', '户次', '亿元', '万元', '元', '%', '个', '名', '次', '场', '项', '件', '条', '册', '列', '篇', '支', '期',
  '家', '户', '所', '座', '处', '批', '套', '台', '辆', '位', '份', '部', '轮', '节', '堂', '万人', '人', '公里', '千米', '平方米', '亩', '吨', '小时', '天',
  '张', '间', '栋', '棵', '株', '头', '倍', '公顷', '平方公里', '千瓦', '米', '所学校',
  // Traditional Chinese forms, for articles from Hong Kong, Macao and Taiwan newsrooms.
  '場次', '件次', '戶次', '億元', '萬元', '個', '場', '項', '條', '冊', '篇', '處', '戶', '輛', '臺', '張', '間', '棟', '頭', '畝', '噸', '萬人', '輪', '節', '份',
];

const UNIT_ALTERNATION = [...FIGURE_UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace('%', '%|％')).join('|');
/** number (thousands commas, decimals) + 余/多 + 万/亿 (unless it starts 万元/亿元) + 余/多 + unit + (次). */
const FIGURE = new RegExp(
  `(?<![\\d.０-９])(?<!\\d[,，])(\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?(?:余|餘|多)?(?:(?:万|亿|萬|億)(?![元圓]))?(?:余|餘|多)?)(${UNIT_ALTERNATION})((?:[（(][^（）()]{1,2}[）)])?)`,
  'gu',
);
/** Where a clause starts or ends: the label never crosses it. */
const CLAUSE_BREAK = /[，,。；;：:！？!?、（()）\n]/u;
/** Words at the edge of a label that only qualify the number. */
const LEADING_FILLER = /^(?:等|并|和|及|其中|共|累计|全年|先后|已|还|同时|目前|截至目前|此外|另外)/u;
const TRAILING_FILLER = /(?:约|近|超过|超|逾|达到|达|共计|共|计|累计|总计|为|是|了|有|至|的|各|等)$/u;
const MAX_LABEL = 14;

/** Words right before a number that qualify it, longest first. */
const QUALIFIER_BEFORE: readonly [RegExp, FigureQualifier][] = [
  [/(?:大约|大約|约为|約為|约|約)$/u, 'about'],
  [/(?:将近|將近|接近|近)$/u, 'nearly'],
  [/突破$/u, 'over'],
  [/(?:超过|超過|超|逾|多达|多達)$/u, 'more-than'],
];

/**
 * The qualifier of a figure and its value without it: 7万余 → more-than + 7万; 30余万 keeps its
 * inner 余 (30余万 and 30万余 are different amounts); 约4.3 → about + 4.3.
 */
function qualify(text: string, start: number, value: string): { qualifier?: FigureQualifier; value: string } {
  const trailing = /^(.*\d[万萬亿億]?)(?:余|餘|多)$/u.exec(value);
  if (trailing) return { qualifier: 'more-than', value: trailing[1]! };
  if (/[余餘多]/u.test(value)) return { qualifier: 'more-than', value };
  const before = text.slice(Math.max(0, start - 4), start);
  const found = QUALIFIER_BEFORE.find(([pattern]) => pattern.test(before));
  return found ? { qualifier: found[1], value } : { value };
}

/** A figure found in a text, with where it is and its size for ranking. */
interface FoundFigure extends Figure {
  index: number;
  size: number;
}

/** Prepositions and verbs that end the noun phrase after a measure word: 29名党员区级领导|按照… */
const PHRASE_END = /按照|按|对|在|从|向|为|把|将|被|参与|参加|开展|进行|实现|完成|获得|覆盖|全覆盖|深入|通过|围绕|共同|累计|先后|分别|均|已|都|“|"/u;
/** A "label" that is only a preposition or conjunction says nothing about the figure. */
const FUNCTION_WORD = /^(?:对|在|向|从|把|将|为|与|和|及|让|使|给|被|由|共|约|达|有|是)$/u;

/** The words before the figure in its clause, without qualifiers, cut to a readable tail. */
function precedingPhrase(text: string, start: number): string {
  const before = text.slice(0, start);
  const clauseStart = Math.max(...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'gu'))].map((m) => m.index! + 1), 0);
  let label = before.slice(clauseStart);
  if (label.length > MAX_LABEL) {
    label = label.slice(-MAX_LABEL);
    // Do not start inside a quotation or a title: drop up to the first closing mark.
    const close = label.search(/[”’」』》]/u);
    const open = label.search(/[“‘「『《]/u);
    if (close >= 0 && (open < 0 || close < open)) label = label.slice(close + 1);
  }
  label = label.replace(LEADING_FILLER, '');
  for (let previous = ''; previous !== label;) {
    previous = label;
    label = label.replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '');
  }
  return FUNCTION_WORD.test(label) ? '' : label;
}

/** The noun phrase after the measure word (29名党员区级领导按照… → 党员区级领导). */
function followingPhrase(text: string, end: number): string {
  const after = text.slice(end);
  const clauseEnd = after.search(/[，,。；;：:！？!?、\n]/u);
  let phrase = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  const phraseEnd = phrase.search(PHRASE_END);
  if (phraseEnd >= 0) phrase = phrase.slice(0, phraseEnd);
  return phrase;
}

/**
 * Label of a figure: the counted thing after the measure word when there is a short one
 * (78条具体任务), otherwise the words before it in the clause (谈心谈话54人次).
 */
function labelFor(text: string, start: number, end: number): string {
  const following = followingPhrase(text, end);
  if (following.length >= 2 && following.length <= 10) return following;
  const preceding = precedingPhrase(text, start);
  if (preceding.length >= 2) return preceding;
  return following.slice(0, MAX_LABEL) || preceding;
}

/** Size used to rank figures: the amount in base units (亿元 × 10⁸), percentages by their value. */
function sizeOf(value: string, unit: string): number {
  const amount = parseAmount(value) ?? 0;
  return unit.startsWith('亿') ? amount * 1e8 : unit.startsWith('万') ? amount * 1e4 : amount;
}

/** A found figure as frontmatter holds it: qualifier first (when there is one), then value, unit, label. */
const toFigure = ({ qualifier, value, unit, label }: FoundFigure): Figure => ({ ...(qualifier ? { qualifier } : {}), value, unit, label });

/**
 * Every figure of a text, in order, each once (the same value and unit twice is one figure).
 * @example findFigures('谈心谈话54人次,交办事项69件') // [{ value: '54', unit: '人次', label: '谈心谈话' }, { value: '69', unit: '件', label: '交办事项' }]
 * @example findFigures('累计投入资金约4.3亿元')[0] // { qualifier: 'about', value: '4.3', unit: '亿元', label: '累计投入资金' }
 */
export function findFigures(text: string): Figure[] {
  return collect(text).map(toFigure);
}

function collect(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index!;
    // 第8个 is an ordinal, not a count; 5+4+3 is a formula.
    if (/[第+＋]$/u.test(text.slice(0, start))) continue;
    let value = m[1]!.replace(/，/g, ',');
    let unit = m[2]! + m[3]!;
    if (unit === '%' || unit === '％') {
      value += '%';
      unit = '';
    }
    const key = `${value}|${unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = labelFor(text, start, start + m[0].length);
    if (!label) continue;
    found.push({ ...qualify(text, start, value), unit, label, index: start, size: sizeOf(value, unit) });
  }
  return found;
}

/**
 * The most salient figures of a section: the `count` largest amounts, kept in reading order.
 * @example pickFigures('会议7次、谈心谈话54人次,交办事项69件,走访100余个基层单位', 3).map((f) => f.value) // ['54', '69', '100']
 */
export function pickFigures(text: string, count = 3): Figure[] {
  return collect(text)
    .map((figure, order) => ({ figure, order }))
    .sort((a, b) => b.figure.size - a.figure.size || a.order - b.order)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map(({ figure }) => toFigure(figure));
}
