// Where a section title ends on its line: a reader takes the words up to the first sentence end,
// the colon or dash that opens the body, or the end of the line; a long first sentence gives its
// first clause. Used by the segmentation (section-headings.ts) and by the headline choice.

/** The longest title a reader accepts: a clause, not a paragraph. */
const MAX_TITLE_HAN = 36;
const MAX_TITLE_LATIN = 140;
export const isLatin = (text: string) => (text.match(/[A-Za-z]/g) ?? []).length > (text.match(/\p{Script=Han}/gu) ?? []).length;
export const tooLong = (title: string) => title.length > (isLatin(title) ? MAX_TITLE_LATIN : MAX_TITLE_HAN);

/** Whether a whole line reads like a title: short, no sentence punctuation inside or at its end. */
export function readsLikeTitle(text: string): boolean {
  const t = text.trim();
  if (!t || tooLong(t)) return false;
  if (/[。；;]/u.test(t.slice(0, -1)) || /[。，,、；;]$/u.test(t)) return false;
  // Latin: a sentence end inside, or a full stop at the end (`3 people were hurt.`), is prose.
  return !(isLatin(t) && (/[.!?]\s+\S/.test(t) || /(?<!\b[A-Z])\.$/.test(t)));
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
 * clause — unless the marker opens a line that is one sentence (`wholeLine`), which is the title
 * up to 60 characters. Nothing is dropped: title + body hold every word of `rest`.
 * @example splitTitle('建好一张网。全区新建管网86公里。') // { title: '建好一张网', body: '全区新建管网86公里。', oneSentence: false }
 * @example splitTitle('新增公共停车位2000个。') // { title: '新增公共停车位2000个', body: '', oneSentence: true }
 */
export function splitTitle(rest: string, options: { wholeLine?: boolean } = {}): TitleSplit {
  const text = rest.trim();
  const latin = isLatin(text);
  const limit = latin ? MAX_TITLE_LATIN : MAX_TITLE_HAN;
  const stops = [
    /[。！？；]/u.exec(text),
    latin ? /[.!?;](?=\s|$)/u.exec(text) : /[!?](?=\s|$)|(?<=\p{Script=Han})\.(?=\p{Script=Han}|\s|$)/u.exec(text),
    /[：:](?!\d)/u.exec(text),
    latin ? /\s[—–-]{1,2}\s/u.exec(text) : /——|—|\s[–-]\s/u.exec(text),
  ].filter((m): m is RegExpExecArray => !!m && m.index > 0).sort((a, b) => a.index - b.index);
  const first = stops[0];
  // Markdown bold around a title (`1. **Ferries**. …`) is emphasis, not part of it.
  const clean = (t: string) => t.trim().replace(/^\*\*(.+)\*\*$/u, '$1').replace(/[，,、\s]+$/u, '');
  if (!first) {
    if (!tooLong(text)) return { title: clean(text), body: '', oneSentence: false, how: 'line' };
  } else if (first.index <= limit || (options.wholeLine && first.index <= (latin ? 200 : 60) && text.slice(first.index + first[0].length).trim() === '')) {
    // (A heading that is one long sentence alone on its line — 一、全面加强党的领导，…。 — is its own title.)
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
