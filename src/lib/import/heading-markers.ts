// Section markers as newsrooms print them, found anywhere a person would see one: at the start of a
// line (after any indentation) or right after a sentence end inside a paragraph. Each marker says
// its style (so one document's headings can be grouped), its number, and the label template the
// source uses (亮点{一}, 第{一}, {1}, Highlight {1}…). Choosing which markers are the sections is
// `section-headings.ts`; this file only reads one position of one line.
import { parseChineseNumeral } from '@/lib/zh/chinese-number';

/** How a numeral is written; decides the placeholder of the label template. */
export type NumeralKind = 'cn' | 'cnf' | 'circled' | 'ar' | 'fw' | 'ar2' | 'en-lower' | 'en-title' | 'en-upper';

/** A marker at one position of a line. */
export interface Marker {
  /** Style key: markers of one document's sections share it (`word:亮点|cn`, `dun|cn`, `ar-dot|ar`). */
  style: string;
  number: number;
  kind: NumeralKind;
  /** Label template with one placeholder: 亮点{一}, 第{一}, {1}, Highlight {1}. */
  label: string;
  /** The marker as printed, e.g. `亮点一：`, `一是`, `01`. */
  text: string;
  /** Offset of the marker in the line, and of what follows it. */
  start: number;
  end: number;
  /** `2.24名` read as marker `2.` before `24名`: only a sequence makes it a heading. */
  decimalLike: boolean;
  /** The marker is the whole line (`01`, `亮点一`, `一、`): the title is on the next line. */
  alone: boolean;
  /** At the start of the line (after indentation and a bullet), not after a sentence end inside it. */
  lineStart?: boolean;
}

/** Chinese numerals, with the formal forms of official documents (壹、貳、). */
const CN = '[零〇一二三四五六七八九十百两兩壹贰貳叁參肆伍陆陸柒捌玖拾]{1,4}';
const AR = '[0-9]{1,3}';
const FW = '[０-９]{1,3}';
const ENGLISH_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'twenty-one', 'twenty-two', 'twenty-three', 'twenty-four', 'twenty-five'];
const EN_NUM = `(?:${[...ENGLISH_NUMBERS].reverse().join('|')})`;
const EN_WORDS = '(?:highlight|section|part\\.?|point|key point|item|chapter|number|no\\.?|step|reason|tip|lesson|trend|takeaway|idea|thing|way|fact)';
/** ① … ⑳: circled numbers, common for sub-points and for sections of short lists. */
const CIRCLED = [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'];
/** Han characters that are not numerals, so 十一 is not word 十 + numeral 一. */
const WORD_CHAR = '(?![零〇一二三四五六七八九十百两兩壹贰貳叁參肆伍陆陸柒捌玖拾第之其])\\p{Script=Han}';
/** Words before a numeral that number figures, tables and attachments, not sections. */
const NOT_SECTION_WORDS = /^(?:图|圖|表|附件|附图|附圖|图片|圖片|照片|视频|視頻|其中|全年|今年|去年|明年|本月|上午|下午|晚上|每天|每年|每月|约|近|共|达|超|增长|提高|下降|减少|达到|合计|累计|总计|编号|序号|号)$/u;
const QUOTES_OPEN = '[“"「『‘]';
const QUOTES_CLOSE = '[”"」』’]';
/** What may follow a marker before its title: a separator, or a space. */
const SEP = '(?:\\s*[:：、.．,，|｜丨/／]\\s*|\\s*[-–—]+\\s*|\\s+)';

interface Form {
  form: string;
  re: RegExp;
  /** Builds the label template from the numeral placeholder and the match. */
  label: (placeholder: string, m: RegExpExecArray) => string;
  /** Only at the start of a line (not after a sentence end inside a paragraph). */
  lineStartOnly?: boolean;
}

/** Every form, most specific first. Group 1 (or the `n` group) is the numeral. */
const FORMS: readonly Form[] = [
  { form: 'english', re: new RegExp(`^(?<word>${EN_WORDS})\\s*#?\\s*(?<n>${AR}|${EN_NUM})\\b(?:${SEP}|$)`, 'iu'), label: (p, m) => `${m.groups!.word!} ${p}` },
  { form: 'en-hash', re: new RegExp(`^#\\s?(?<n>${AR})\\b(?:${SEP}|$)`, 'u'), label: (p) => `#${p}`, lineStartOnly: true },
  { form: 'paren', re: new RegExp(`^[（(]\\s*(?<n>${CN}|${AR}|${FW})\\s*[）)]\\s*[、.．:：]?\\s*`, 'u'), label: (p) => `（${p}）` },
  // 第一，/ 第二、/ 第1个“红包” / 第三是… / 第二個措施是… (a spoken list: the ordinal, a short noun, 是).
  { form: 'ordinal', re: new RegExp(`^第(?<n>${CN}|${AR})(?<unit>部分|章|节|節|篇|站|点|點|条|條|个|個|项|項|件|关|關)?(?:\\s*[，,、：:．.]\\s*|\\s+|$|(?=${QUOTES_OPEN})|(?<is>\\p{Script=Han}{0,3}?是)(?=\\S))`, 'u'), label: (p, m) => (m.groups!.is ? `第${p}` : `第${p}${m.groups!.unit ?? ''}`) },
  { form: 'qi', re: new RegExp(`^其(?<n>${CN})(?:\\s*[，,、：:]\\s*|\\s+)`, 'u'), label: (p) => `其${p}` },
  { form: 'zhi', re: new RegExp(`^之(?<n>${CN})(?:\\s*[，,、：:]\\s*|\\s+|$)`, 'u'), label: (p) => `之${p}` },
  { form: 'shi', re: new RegExp(`^(?<n>${CN})是(?:\\s*[，,：:]\\s*)?(?=\\S)`, 'u'), label: (p) => `${p}是` },
  { form: 'quoted-word', re: new RegExp(`^(?<word>${QUOTES_OPEN}[^”"」』’]{1,8}${QUOTES_CLOSE})(?<n>${CN}|${AR}|${FW})(?:${SEP}|$)`, 'u'), label: (p, m) => `${m.groups!.word!}${p}` },
  { form: 'cn-quote', re: new RegExp(`^(?<n>${CN})(?=${QUOTES_OPEN})`, 'u'), label: (p) => p },
  { form: 'circled', re: new RegExp(`^(?<n>[${CIRCLED.join('')}])(?:${SEP})?(?=\\S)`, 'u'), label: (p) => p },
  { form: 'dun', re: new RegExp(`^(?<n>${CN})\\s*(?:[、]|[.．](?![0-9０-９]))\\s*`, 'u'), label: (p) => p },
  { form: 'ar-dun', re: new RegExp(`^(?<n>${AR}|${FW})\\s*、\\s*`, 'u'), label: (p) => p },
  { form: 'ar-paren', re: new RegExp(`^(?<n>${AR}|${FW}|${CN})\\s*[)）]\\s*`, 'u'), label: (p) => `${p})` },
  { form: 'ar-dot', re: new RegExp(`^(?<n>${AR}|${FW})\\s*[.．](?![0-9０-９]|[a-z])\\s*`, 'u'), label: (p) => p },
  { form: 'ar-dot', re: new RegExp(`^(?<n>${AR}|${FW})[.．](?=[0-9０-９])`, 'u'), label: (p) => p },
  { form: 'word', re: new RegExp(`^(?<word>(?:${WORD_CHAR}){1,4})(?<n>${CN}|${AR}|${FW})(?:\\s*(?:[:：、]|[.．](?![0-9０-９]))\\s*|\\s+|$)`, 'u'), label: (p, m) => `${m.groups!.word!}${p}` },
  { form: 'ar-colon', re: new RegExp(`^(?<n>${AR}|${FW})\\s*[:：](?![0-9０-９])\\s*(?=\\S)`, 'u'), label: (p) => p, lineStartOnly: true },
  { form: 'ar-dash', re: new RegExp(`^(?<n>${AR}|${FW})\\s*[—–]\\s*(?=\\S)`, 'u'), label: (p) => p, lineStartOnly: true },
  { form: 'ar-bar', re: new RegExp(`^(?<n>${AR}|${FW})\\s*[|｜丨]\\s*(?=\\S)`, 'u'), label: (p) => p, lineStartOnly: true },
  { form: 'ar-alone', re: new RegExp(`^(?<n>${AR}|${FW})$`, 'u'), label: (p) => p, lineStartOnly: true },
  { form: 'cn-alone', re: new RegExp(`^(?<n>${CN})$`, 'u'), label: (p) => p, lineStartOnly: true },
  { form: 'ar-space', re: new RegExp(`^(?<n>${AR}|${FW})\\s+(?=[\\p{Script=Han}A-Za-z“"])`, 'u'), label: (p) => p, lineStartOnly: true },
  { form: 'cn-space', re: new RegExp(`^(?<n>${CN})\\s+(?=[\\p{Script=Han}“"])`, 'u'), label: (p) => p, lineStartOnly: true },
];

/** The numeral kind of a numeral as printed. */
function kindOf(numeral: string): NumeralKind {
  if (/^[0-9]+$/.test(numeral)) return numeral.length >= 2 && numeral.startsWith('0') ? 'ar2' : 'ar';
  if (/^[０-９]+$/.test(numeral)) return 'fw';
  if (/^[a-z-]+$/.test(numeral)) return 'en-lower';
  if (/^[A-Z-]+$/.test(numeral)) return 'en-upper';
  if (/^[A-Za-z-]+$/.test(numeral)) return 'en-title';
  if (CIRCLED.includes(numeral)) return 'circled';
  return /[壹贰貳叁參肆伍陆陸柒捌玖拾]/u.test(numeral) ? 'cnf' : 'cn';
}

const PLACEHOLDERS: Record<NumeralKind, string> = { cn: '{一}', cnf: '{壹}', circled: '{①}', ar: '{1}', fw: '{１}', ar2: '{01}', 'en-lower': '{one}', 'en-title': '{One}', 'en-upper': '{ONE}' };

/** The value of a numeral: Chinese, Arabic, full-width or an English number word. */
export function numberOf(numeral: string): number | undefined {
  const circled = CIRCLED.indexOf(numeral);
  if (circled >= 0) return circled + 1;
  const english = ENGLISH_NUMBERS.indexOf(numeral.toLowerCase());
  if (english >= 0) return english + 1;
  const value = parseChineseNumeral(numeral);
  return value !== undefined && Number.isInteger(value) && value > 0 && value < 1000 ? value : undefined;
}

/** `【亮点一】` / `**亮点一**` / `[1]`: a marker in brackets or bold reads like the bare one. */
const WRAPPED = /^(?:【([^】]{1,12})】|\*\*([^*]{1,12})\*\*|\[([^\]]{1,12})\]|〔([^〕]{1,8})〕)\s*/u;

/**
 * Reads the marker at `start` of `line`, or returns undefined.
 * @example markerAt('亮点一：“关键少数”以上率下', 0) // { style: 'word:亮点|cn', number: 1, label: '亮点{一}', text: '亮点一：', … }
 * @example markerAt('已经完成。第二、扩大覆盖面', 5) // { style: 'ordinal|cn', number: 2, label: '第{一}', … }
 */
export function markerAt(line: string, start: number, atLineStart = start === 0): Marker | undefined {
  const rest = line.slice(start);
  const wrapped = WRAPPED.exec(rest);
  if (wrapped) {
    const inner = (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? wrapped[4] ?? '').trim();
    // The whole bracket must be the marker (【亮点一】), not a tag that starts with one (【一图读懂】).
    const marker = matchForms(inner, true);
    if (marker && marker.end >= inner.length) {
      const end = start + wrapped[0].length;
      const [open, close] = wrapped[1] !== undefined ? ['【', '】'] : wrapped[2] !== undefined ? ['**', '**'] : wrapped[3] !== undefined ? ['[', ']'] : ['〔', '〕'];
      return { ...marker, style: `bracket-${marker.style}`, label: `${open}${marker.label}${close}`, text: wrapped[0].trim(), start, end, alone: line.slice(end).trim() === '' };
    }
  }
  const marker = matchForms(rest, atLineStart);
  return marker && { ...marker, start: start + marker.start, end: start + marker.end };
}

function matchForms(text: string, atLineStart: boolean): Marker | undefined {
  for (const { form, re, label, lineStartOnly } of FORMS) {
    if (lineStartOnly && !atLineStart) continue;
    const m = re.exec(text);
    if (!m) continue;
    const numeral = m.groups!.n!;
    const number = numberOf(numeral);
    if (number === undefined) continue;
    const word = m.groups!.word;
    if (form === 'word' && NOT_SECTION_WORDS.test(word!)) continue;
    const kind = kindOf(numeral);
    const wordKey = form === 'word' ? `:${word!.replace(/點/g, '点')}` : form === 'english' ? `:${word!.toLowerCase().replace(/\.$/, '').replace(/^no$/, 'number')}` : form === 'quoted-word' ? `:${word!}` : '';
    // 01 and 1 are one style for sequencing; the kind of the first heading decides the label.
    const kindKey = kind === 'ar2' ? 'ar' : kind.startsWith('en-') ? 'en' : kind;
    const end = m[0].length;
    return {
      style: `${form}${wordKey}|${kindKey}`,
      number, kind,
      label: label(PLACEHOLDERS[kind], m),
      text: m[0].trim(),
      start: 0, end,
      decimalLike: form === 'ar-dot' && /[.．]$/.test(m[0]) && /^[0-9０-９]/.test(text.slice(end)),
      alone: text.slice(end).trim() === '',
    };
  }
  return undefined;
}

/** Where a sentence ends inside a line: after 。！？；, after `. ` in Latin text (not No. / Mr. / e.g.), after a closing quote that follows them, after a half-width `.` between Chinese characters (mirror sites). */
const SENTENCE_END = /[。！？；!?;](?:[”’」』)）])?|(?<!\b(?:No|no|Nos|Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]))\.(?:[”’"')])?(?=\s)|(?<=\p{Script=Han})\.(?=\p{Script=Han})/gu;
/** Bullets and list dots before a marker: `  • #10:`, `- 1.`, `▶ 第一`. */
const BULLET = /^[\s\u3000]*(?:[•·●▪■□◼◆◇○◎▶►▸★☆✓✔➤→▍▌▎█♦❖]\s*|[-–*]\s+)?/u;

/**
 * Every marker of a line: at its start (after indentation) and after each sentence end inside it.
 * @example markersIn('一是建网。二是管厂。').map((m) => m.number) // [1, 2]
 */
export function markersIn(line: string): Marker[] {
  const out: Marker[] = [];
  const lead = BULLET.exec(line)![0].length;
  const first = markerAt(line, lead, true);
  if (first) out.push({ ...first, lineStart: true });
  for (const m of line.matchAll(SENTENCE_END)) {
    let at = m.index + m[0].length;
    while (at < line.length && /[\s\u3000]/u.test(line[at]!)) at += 1;
    if (at >= line.length || (first && at < first.end)) continue;
    const marker = markerAt(line, at, false);
    // Inside a paragraph a marker needs its title right after it: `…。第二、扩大…`, never a lone `1.` at the end.
    if (marker && !marker.decimalLike && !marker.alone) out.push(marker);
  }
  return out;
}
