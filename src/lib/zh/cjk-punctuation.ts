// Full-width punctuation for Chinese text on the page (GB/T 15834): many newsrooms store
// `,` `:` `;` `?` `!` `(` `)` half-width between Han characters, which spreads justified lines and
// looks like a typo to Chinese readers. This maps them for display only; the Markdown files keep
// what the editor wrote. Every mapping is undone by NFKC, so "nothing lost" checks compare
// source and page modulo `normalize('NFKC')`.
//
// Why not a library: autocorrect-node (a 12 MB native binary with one global config) leaves `;`,
// `( )` and `99.5%,` half-width and adds spaces between Han and digits by default; zhlint's preset
// keeps half-width brackets by design, spaces around quotes and turns English punctuation
// full-width as well. Both work on whole strings, while the page needs context across markdown-it
// tokens (`**粗体**,后文`).

const MARKS: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Han characters and the punctuation of Chinese text (、。“”《》【】 full-width forms …). */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—·]/u;
/** Any of the marks in MARKS. */
const HALF_WIDTH_MARK = /[,:;?!()]/;
/** Each of them: marks are few in a text, so only they are looked at, not every character. */
const HALF_WIDTH_MARKS = new RegExp(HALF_WIDTH_MARK, 'g');

const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
/** Space or tab, by UTF-16 code: `text[j]` would make a string of each character looked at. */
const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x09;

/** The first UTF-16 unit that is not a space, looking from `i` in `step` direction. */
function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    if (!isSpaceCode(text.charCodeAt(j))) return text[j];
  }
  return undefined;
}

/** Which indexes of `text` hold a mark to widen: next to Chinese, or a bracket pair around it. */
function marksToWiden(text: string): Set<number> {
  const widen = new Set<number>();
  const nearChinese = (i: number) => isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1));
  const open: number[] = [];
  for (const { index: i, 0: ch } of text.matchAll(HALF_WIDTH_MARKS)) {
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (nearChinese(i)) widen.add(i);
      } else if (isCjk(neighbour(text, start, -1)) || isCjk(neighbour(text, i, 1)) || CJK.test(text.slice(start + 1, i))) {
        widen.add(start).add(i);
      }
    } else if (nearChinese(i)) widen.add(i);
  }
  for (const start of open) if (nearChinese(start)) widen.add(start);
  return widen;
}

/** What replaces each changed index of `text`, in index order: the full-width mark, or '' for a space around it. */
function edits(text: string, widen: Set<number>): [number, string][] {
  const out: [number, string][] = [];
  for (const i of [...widen].sort((a, b) => a - b)) {
    // Spaces before the mark, not already dropped after the mark before it.
    let start = i;
    while (start > 0 && isSpaceCode(text.charCodeAt(start - 1)) && start - 1 > (out.at(-1)?.[0] ?? -1)) start--;
    for (let j = start; j < i; j++) out.push([j, '']);
    out.push([i, MARKS[text[i]!]!]);
    for (let j = i + 1; j < text.length && isSpaceCode(text.charCodeAt(j)); j++) out.push([j, '']);
  }
  return out;
}

/**
 * Widens half-width `, : ; ? ! ( )` next to Chinese text, and drops the spaces around each mark
 * widened (a full-width mark carries its own space). Takes the text in segments (the text runs
 * of one paragraph, split by markup) so context crosses `<strong>` boundaries; returns the
 * segments converted, one for one.
 *
 * @example fullWidthSegments(['会议7次, 发现(', '含整改', ')问题']) // ['会议7次，发现（', '含整改', '）问题']
 */
export function fullWidthSegments(segments: readonly string[]): string[] {
  const text = segments.join('');
  // Most texts a page widens (titles, figure labels, units: ~240,000 at 1,000 articles) hold no
  // half-width mark at all; looking for one is far cheaper than walking every character.
  if (!HALF_WIDTH_MARK.test(text)) return [...segments];
  const widen = marksToWiden(text);
  if (widen.size === 0) return [...segments];
  const changes = edits(text, widen);
  let next = 0;
  let offset = 0;
  return segments.map((segment) => {
    const end = offset + segment.length;
    let out = '';
    let from = offset;
    for (; next < changes.length && changes[next]![0] < end; next++) {
      const [i, replacement] = changes[next]!;
      out += text.slice(from, i) + replacement;
      from = i + 1;
    }
    out += text.slice(from, end);
    offset = end;
    return out;
  });
}

/**
 * One piece of Chinese text (a title, caption, figure label) with its punctuation widened.
 *
 * @example fullWidthPunctuation('来源:江津融媒体中心') // '来源：江津融媒体中心'
 */
export function fullWidthPunctuation(text: string): string {
  return fullWidthSegments([text])[0]!;
}

/** True for BCP 47 tags of Chinese (zh, zh-Hans, zh-Hant, zh-HK …), where the mapping applies. */
export function isChineseLang(lang: string | undefined): boolean {
  return lang !== undefined && /^zh\b/i.test(lang);
}
