// Word's automatic numbering as the reader sees it. A heading numbered by Word ("一、" from a
// multilevel list, "1." from a numbered list) has no numeral in its text: mammoth drops it, and
// with it the section marker and the source's label. This reads the numbering definitions
// (word/numbering.xml, word/styles.xml) and counts through word/document.xml to give each
// numbered paragraph its visible marker, in document order.
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { chineseNumeral } from '@/lib/zh/chinese-number';

interface Level {
  format: string;
  text: string;
  start: number;
  /** A paragraph style this level numbers (Word's multilevel lists linked to Heading 1, 2 …). */
  style?: string;
}

/** A numbered paragraph: its text (to find it again in mammoth's document) and its marker. */
export interface ListMarker {
  text: string;
  marker: string;
}

type El = { getAttribute(name: string): string | null; getElementsByTagName(name: string): ArrayLike<El> };

const FULL_WIDTH = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const LETTERS = (n: number) => String.fromCharCode(64 + ((n - 1) % 26) + 1);
const ROMAN = (n: number) => [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  .reduce((acc, [value, glyph]) => { let out = acc.out; let rest = acc.rest; while (rest >= (value as number)) { out += glyph; rest -= value as number; } return { out, rest }; }, { out: '', rest: n }).out;

/** A counter as Word writes it in a numFmt (ECMA-376 ST_NumberFormat); undefined for bullets and unknown formats. */
export function formatCounter(format: string, n: number): string | undefined {
  switch (format) {
    case 'decimal': return String(n);
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'decimalFullWidth': case 'decimalFullWidth2': return FULL_WIDTH(n);
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting': case 'taiwaneseCountingThousand':
      return chineseNumeral(n);
    case 'ideographTraditional': return n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : undefined; // the Heavenly Stems
    case 'decimalEnclosedParen': return `(${n})`;
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'upperLetter': return LETTERS(n);
    case 'lowerLetter': return LETTERS(n).toLowerCase();
    case 'upperRoman': return ROMAN(n);
    case 'lowerRoman': return ROMAN(n).toLowerCase();
    default: return undefined;
  }
}

// XML mode: Word writes self-closing elements (<w:ilvl w:val="0"/>), which an HTML parser would nest.
const xml = (text: string) => new DOMParser().parseFromString(text || '<w:document/>', 'text/xml');
const val = (el: El | undefined, tag: string) => el?.getElementsByTagName(tag)[0]?.getAttribute('w:val') ?? undefined;

/**
 * The marker Word shows before each paragraph with ordered numbering, in document order, with
 * the paragraph's text (bulleted paragraphs are left out: a bullet is no section marker).
 * @example (await listMarkers(bytes)).map((m) => m.marker) // ['一、', '（1）', '二、']
 */
export async function listMarkers(bytes: Uint8Array): Promise<ListMarker[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const [numberingXml, stylesXml, documentXml] = await Promise.all([read('word/numbering.xml'), read('word/styles.xml'), read('word/document.xml')]);
  if (!numberingXml) return [];

  const numbering = xml(numberingXml);
  const abstracts = new Map<string, Map<string, Level>>();
  for (const a of Array.from(numbering.getElementsByTagName('w:abstractNum') as unknown as ArrayLike<El>)) {
    const levels = new Map<string, Level>();
    for (const lvl of Array.from(a.getElementsByTagName('w:lvl'))) {
      levels.set(lvl.getAttribute('w:ilvl') ?? '0', { format: val(lvl, 'w:numFmt') ?? 'decimal', text: val(lvl, 'w:lvlText') ?? '', start: Number(val(lvl, 'w:start') ?? 1), style: val(lvl, 'w:pStyle') });
    }
    abstracts.set(a.getAttribute('w:abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, string>();
  for (const n of Array.from(numbering.getElementsByTagName('w:num') as unknown as ArrayLike<El>)) nums.set(n.getAttribute('w:numId') ?? '', val(n, 'w:abstractNumId') ?? '');

  // Headings often get their numbering from their style.
  const styleNumbering = new Map<string, { numId?: string; ilvl?: string }>();
  for (const s of Array.from(xml(stylesXml).getElementsByTagName('w:style') as unknown as ArrayLike<El>)) {
    const numPr = s.getElementsByTagName('w:numPr')[0];
    if (numPr) styleNumbering.set(s.getAttribute('w:styleId') ?? '', { numId: val(numPr, 'w:numId'), ilvl: val(numPr, 'w:ilvl') });
  }

  for (const [abstractId, levels] of abstracts) {
    for (const [ilvl, level] of levels) {
      const numId = [...nums].find(([, a]) => a === abstractId)?.[0];
      if (level.style && numId && !styleNumbering.has(level.style)) styleNumbering.set(level.style, { numId, ilvl });
    }
  }

  const counters = new Map<string, number[]>();
  const markers: ListMarker[] = [];
  for (const p of Array.from(xml(documentXml).getElementsByTagName('w:p') as unknown as ArrayLike<El>)) {
    const pPr = p.getElementsByTagName('w:pPr')[0];
    const own = pPr?.getElementsByTagName('w:numPr')[0];
    const byStyle = styleNumbering.get(val(pPr, 'w:pStyle') ?? '');
    const numId = (own && val(own, 'w:numId')) ?? byStyle?.numId;
    if (!numId || numId === '0') continue;
    const ilvl = Number((own && val(own, 'w:ilvl')) ?? byStyle?.ilvl ?? 0);
    const abstractId = nums.get(numId) ?? '';
    const levels = abstracts.get(abstractId);
    if (!levels) continue; // mammoth reports no numbering for it either
    const count = counters.get(abstractId) ?? [];
    const level = levels.get(String(ilvl));
    count[ilvl] = (count[ilvl] ?? (level?.start ?? 1) - 1) + 1;
    count.length = ilvl + 1; // a new item resets the deeper levels
    counters.set(abstractId, count);
    if (!level || level.format === 'bullet' || level.format === 'none') continue;
    let unknown = false;
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const at = Number(d) - 1;
      const counter = formatCounter(levels.get(String(at))?.format ?? 'decimal', count[at] ?? levels.get(String(at))?.start ?? 1);
      if (counter === undefined) unknown = true;
      return counter ?? '';
    });
    if (unknown) continue; // a format this reader does not know: better no marker than a wrong one
    const text = Array.from(p.getElementsByTagName('w:t')).map((t) => (t as unknown as { textContent: string }).textContent).join('');
    if (marker.trim()) markers.push({ text, marker });
  }
  return markers;
}
