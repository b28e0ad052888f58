// Lines of the article header: the source/date line (来源:江津融媒体中心    2024-02-07 09:36,
// 来源：… 时间：…, 发布时间：…, Source: … Date: …) and photo captions with their credits
// (…供图, 记者 袁孝椿 摄, （記者…拍攝）, 摄影：…, 图/…, Photo: …).

/** What a source/date line says. `published` is ISO 8601 with the article's offset. */
export interface SourceLineData {
  source?: string;
  published?: string;
  /** Text of a date that was present but could not be read (for a precise error). */
  unreadableDate?: string;
  /** A real date printed without a time, or an English time without a zone: not a timestamp yet. */
  incompleteDate?: IncompleteDate;
  /** Bylines printed in the same line (作者：…, 编辑：…), as "role: name" pairs in order. */
  people: Array<{ role: string; name: string }>;
  /** Page widgets found on the line (字号：大 中 小, 打印): the line is kept in `unplaced` for their words. */
  widgets?: boolean;
}

/** A date that needs the editor: `day` is YYYY-MM-DD, `why` what is missing. */
export interface IncompleteDate {
  raw: string;
  day: string;
  why: 'no-time' | 'no-zone';
}

/** Sorts a found date into a timestamp, an incomplete date or an impossible one. */
export function classifyDate(date: FoundDate): { published?: string; incomplete?: IncompleteDate; unreadable?: string } {
  if (!date.iso) return { unreadable: date.raw };
  if (date.hasTime && date.zoneKnown) return { published: date.iso };
  return { incomplete: { raw: date.raw, day: date.iso.slice(0, 10), why: date.hasTime ? 'no-zone' : 'no-time' } };
}

/** A photo caption and its credit as printed. */
export interface CaptionData {
  caption: string;
  credit: string;
}

/** China Standard Time: the newsrooms this importer serves print local times without a zone. */
export const DEFAULT_OFFSET = '+08:00';

const SPACE = /[\s\u00A0\u3000]+/g;
const SOURCE_KEYS = ['信息来源', '信息來源', '新闻来源', '新聞來源', '文章来源', '文章來源', '来源', '來源', '稿源', '出处', '出處', 'source'];
const DATE_KEYS = ['发布时间', '發佈時間', '發布時間', '发布日期', '發佈日期', '發布日期', '更新时间', '更新時間', '更新日期', '时间', '時間', '日期', '发布', '發佈', 'published', 'updated', 'posted', 'date', 'time'];
const PEOPLE_KEYS = ['作者', '记者', '記者', '通讯员', '通訊員', '责任编辑', '責任編輯', '编辑', '編輯', '责编', '責編', 'author', 'by', 'editor'];
/** Page widgets printed on the same line (字号：大 中 小, 浏览次数：39): they end a value and are not metadata. */
const WIDGET_KEYS = ['字号', '字號', '字体', '字體', '浏览次数', '瀏覽次數', '浏览量', '阅读次数', '阅读量', '點閱數', '点击数', '点击量', '点击', '访问量', '访问次数'];
const KEY_PATTERN = new RegExp(`(?<![A-Za-z])(${[...SOURCE_KEYS, ...DATE_KEYS, ...PEOPLE_KEYS, ...WIDGET_KEYS].join('|')})\\s*[:：]`, 'giu');
/** Widget words at the end of a value: 打印, 关闭, 分享, 【打印】. */
const TRAILING_WIDGETS = /(?:\s+(?:打印|列印|关闭|關閉|分享|收藏|纠错|糾錯)|\s*【[^】]*】)+$/u;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** 05/03/2026: month first (the English-language sites that print it), day first when it cannot be a month. */
const SLASH_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号號]?/u;
const ENGLISH_DATE = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}))\b/i;

/** Time zones pages print next to a time, and their offsets. */
const ZONES: Readonly<Record<string, string>> = {
  HKT: '+08:00', CST: '+08:00', SGT: '+08:00', 北京时间: '+08:00', 北京時間: '+08:00', 台北时间: '+08:00', 台北時間: '+08:00', JST: '+09:00', KST: '+09:00',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00', GMT: '+00:00', UTC: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};
const ZONE = `(?:${Object.keys(ZONES).join('|')})`;
/** What may follow a date: a weekday, a zone, then the time (下午6:45, 7:42pm, 18:20:05) and a zone. */
const TIME_AFTER = new RegExp(`^[\\s,，T]*(?:(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|[（(][一二三四五六日天][)）]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?)?\\s*(?:at\\s+)?(?:(${ZONE})\\s*)?(上午|下午|晚上|中午|凌晨|早上)?\\s*(\\d{1,2})\\s*[:：时時]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?\\s*(?:(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))?\\s*(?:(${ZONE})(?![A-Za-z]))?`, 'iu');
/** A weekday or zone alone after a date-only value. */
const DATE_TAIL = /^[\s,，]*(?:(?:星期|週|周)[一二三四五六日天]|[（(][一二三四五六日天][)）])/u;

/** Full-width digits and colons → ASCII, so dates typed with a Chinese IME still parse. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF1A\uFF0D\uFF0F\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Builds an ISO timestamp, or undefined when the parts are not a real date and time. */
function isoOf(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offset = DEFAULT_OFFSET): string | undefined {
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

/** A date found in a text: where it is, what it says, and the timestamp (undefined if impossible). */
export interface FoundDate {
  index: number;
  raw: string;
  iso: string | undefined;
  /** A time was printed with the date (a date alone must not become 00:00 of a made-up time). */
  hasTime: boolean;
  /** The offset is known: printed (HKT, NZST) or implied by a Chinese-style date (+08:00). */
  zoneKnown: boolean;
}

/**
 * Finds the first date in a text, with the time and zone printed after it: 2024-02-07 09:36,
 * 2024年2月7日 星期三, 2026年2月13日 週五 下午6:45, 2026-04-07 HKT 18:20, 05/03/2026 13:49 HKT,
 * Thursday 22 May 2025 7:42pm NZST, November 22, 2019 10:36:31.
 */
export function findDate(text: string): FoundDate | undefined {
  const plain = halfWidth(text);
  const found: Array<{ m: RegExpExecArray; ymd: [number, number, number]; western: boolean }> = [];
  const numeric = NUMERIC_DATE.exec(plain);
  if (numeric) found.push({ m: numeric, ymd: [+numeric[1]!, +numeric[2]!, +numeric[3]!], western: false });
  const slash = SLASH_DATE.exec(plain);
  if (slash) {
    const [a, b] = [+slash[1]!, +slash[2]!];
    found.push({ m: slash, ymd: [+slash[3]!, a > 12 ? b : a, a > 12 ? a : b], western: true });
  }
  const english = ENGLISH_DATE.exec(plain);
  if (english) {
    const [, m1, d1, y1, d2, m2, y2] = english;
    found.push({ m: english, ymd: [+(y1 ?? y2)!, MONTHS.indexOf((m1 ?? m2)!.toLowerCase()) + 1, +(d1 ?? d2)!], western: true });
  }
  const first = found.sort((a, b) => a.m.index - b.m.index)[0];
  if (!first) return undefined;
  // A Chinese line prints local time of a Chinese-language newsroom: +08:00 even in 05/03/2026 13:49.
  const chinese = /\p{Script=Han}/u.test(text);
  const after = plain.slice(first.m.index + first.m[0].length);
  const time = TIME_AFTER.exec(after);
  const [y, mo, d] = first.ymd;
  if (!time) {
    const tail = DATE_TAIL.exec(after)?.[0] ?? '';
    return { index: first.m.index, raw: text.slice(first.m.index, first.m.index + first.m[0].length + tail.length), iso: isoOf(y, mo, d), hasTime: false, zoneKnown: !first.western || chinese };
  }
  const [all, zone1, period, hh, mm, ss, ampm, zone2] = time;
  let hour = +hh!;
  if ((/^(?:下午|晚上)$/u.test(period ?? '') || /^p/i.test(ampm ?? '')) && hour < 12) hour += 12;
  if ((/^凌晨$/u.test(period ?? '') || /^a/i.test(ampm ?? '')) && hour === 12) hour = 0;
  const zone = zone1 ?? zone2;
  const offset = zone ? ZONES[zone.toUpperCase()] ?? ZONES[zone] : DEFAULT_OFFSET;
  const end = first.m.index + first.m[0].length + all.length;
  return { index: first.m.index, raw: text.slice(first.m.index, end).trimEnd(), iso: isoOf(y, mo, d, hour, +mm!, ss ? +ss : 0, offset), hasTime: true, zoneKnown: !!zone || !first.western || chinese };
}

/**
 * Parses a timestamp as printed in a source line, with the article's offset (+08:00 by default).
 * @example parseDateTime('2024-02-07 09:36') // '2024-02-07T09:36:00+08:00'
 * @example parseDateTime('2024年2月7日') // '2024-02-07T00:00:00+08:00'
 */
export function parseDateTime(text: string): string | undefined {
  return findDate(text)?.iso;
}

/**
 * Reads a source/date line, or returns undefined when the line is not one. A line qualifies when it
 * starts with a known key (来源, 时间, 发布时间, Source, Date…) or is only a date.
 * @example parseSourceLine('来源:江津融媒体中心    2024-02-07 09:36') // { source: '江津融媒体中心', published: '2024-02-07T09:36:00+08:00', people: [] }
 */
export function parseSourceLine(text: string): SourceLineData | undefined {
  const line = halfWidth(text).replace(SPACE, ' ').trim();
  const keys = [...line.matchAll(KEY_PATTERN)];
  const date = findDate(line);
  const startsWithKey = keys.length > 0 && keys[0]!.index === 0;
  const onlyDate = !!date && line.replace(date.raw, '').replace(/[\s|｜丨,，]/g, '') === '';
  if (!startsWithKey && !onlyDate && !(date && date.index === 0 && keys.length > 0)) return undefined;
  const result: SourceLineData = { people: [] };
  if (date) {
    const { published, incomplete, unreadable } = classifyDate(date);
    if (published) result.published = published;
    if (incomplete) result.incompleteDate = incomplete;
    if (unreadable) result.unreadableDate = unreadable;
  }
  keys.forEach((match, i) => {
    const key = match[1]!.toLowerCase();
    const end = i + 1 < keys.length ? keys[i + 1]!.index : line.length;
    let value = line.slice(match.index + match[0].length, end);
    if (date) value = value.replace(date.raw, ' ');
    value = value.replace(/[\s|｜丨]+$/u, '').replace(/^[\s|｜丨]+/u, '').trim();
    const bare = value.replace(TRAILING_WIDGETS, '').trim();
    if (bare !== value || WIDGET_KEYS.includes(match[1]!)) result.widgets = true;
    value = bare;
    if (!value || WIDGET_KEYS.includes(match[1]!)) return;
    if (SOURCE_KEYS.includes(key)) result.source ??= value;
    else if (PEOPLE_KEYS.includes(key)) result.people.push({ role: match[1]!, name: value });
  });
  return result;
}

/** Roles that may precede a photographer's name: 记者 袁孝椿 摄. */
const PHOTO_ROLES = new Set(['记者', '記者', '本报记者', '本報記者', '通讯员', '通訊員', '摄影记者', '攝影記者', '实习生', '實習生', '特约记者', '特約記者']);
const SHOT = /^(?:摄|攝|拍摄|拍攝|摄影|攝影)$/u;
const NAME = /^[\p{Script=Han}·•]{2,5}$/u;

/** 记者 袁孝椿 摄 / 袁孝椿摄 at the end of a line: walks back over names and one role. */
function splitShotCredit(line: string): CaptionData | undefined {
  const tokens = line.split(' ');
  let last = tokens.length - 1;
  const tail = tokens[last]!;
  // "袁孝椿摄" written together: split the verb off.
  const glued = /^([\p{Script=Han}·•]{2,4})(摄|攝|拍摄|拍攝)$/u.exec(tail);
  if (!SHOT.test(tail) && !glued) return undefined;
  let start = last;
  if (!glued) {
    let names = 0;
    for (let i = last - 1; i > 0 && names < 4; i -= 1) {
      const token = tokens[i]!;
      if (PHOTO_ROLES.has(token) || /^[\p{Script=Han}]{0,8}(?:记者|記者|通讯员|通訊員)$/u.test(token)) {
        start = i;
        break;
      }
      if (!NAME.test(token)) break;
      names += 1;
      start = i;
    }
    if (start === last) return undefined;
  }
  const caption = tokens.slice(0, start).join(' ').trim();
  return caption ? { caption, credit: tokens.slice(start).join(' ') } : undefined;
}

const CREDIT_WORD = /供图|供圖|提供|摄|攝|图片|圖片|图[/／:：]|圖[/／:：]|photo|courtesy/iu;

/**
 * Reads a photo caption line ending with its credit, or returns undefined.
 * @example parseCaptionLine('吴滩镇郎家村打造红色美丽村庄 记者 袁孝椿 摄') // { caption: '吴滩镇郎家村打造红色美丽村庄', credit: '记者 袁孝椿 摄' }
 * @example parseCaptionLine('江津夜景（記者 王明 拍攝）') // { caption: '江津夜景', credit: '記者 王明 拍攝' }
 */
export function parseCaptionLine(text: string): CaptionData | undefined {
  const line = text.replace(SPACE, ' ').trim();
  if (line.length > 200 || /[。！？]$/u.test(line)) return undefined;
  // Credit in brackets at the end: （記者 王明 拍攝）, (鼎山街道供图), (Photo: Xinhua).
  const bracket = /^(.+?)\s*[（(]([^（）()]+)[）)]$/u.exec(line);
  if (bracket && CREDIT_WORD.test(bracket[2]!)) return { caption: bracket[1]!.trim(), credit: bracket[2]!.trim() };
  // …。／嘉禾縣政府提供 — the credit after a full-width slash.
  const slashed = /^(.+?)\s*[／]\s*([^／]{2,20}?(?:提供|攝|摄|供图|供圖|拍攝|拍摄))$/u.exec(line);
  if (slashed) return { caption: slashed[1]!.trim(), credit: slashed[2]!.trim() };
  // 鼎山街道供图 / 鼎山街道供圖 as the last word.
  const supplied = /^(.+?)\s+(\S+(?:供图|供圖))$/u.exec(line);
  if (supplied) return { caption: supplied[1]!, credit: supplied[2]! };
  // 摄影：张三 / 图/张三 / 图：张三 / Photo: Zhang San / Photo by Zhang San.
  const labelled = /^(.+?)\s*((?:摄影|攝影|图片|圖片|图|圖)\s*[/／:：]\s*\S.*|(?:photo|photos|image)(?:\s*:|\s+by)\s+\S.*)$/iu.exec(line);
  if (labelled && labelled[1]!.length >= 2) return { caption: labelled[1]!.replace(/[\s,，]+$/u, ''), credit: labelled[2]!.trim() };
  return splitShotCredit(line);
}
