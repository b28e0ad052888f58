// Decoded text → numbered lines, and lines → paragraphs. Every later step keeps line numbers so an
// error can say "article.txt:42".

/** One line of the input: trimmed text (spaces, no-break and ideographic spaces) and 1-based number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A paragraph of running text and the line it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

/**
 * Splits text into trimmed, numbered lines; blank lines are kept (as '') because they separate paragraphs.
 * @example toSourceLines('标题\n\n正文')[2] // { text: '正文', line: 3 }
 */
export function toSourceLines(text: string): SourceLine[] {
  // String.prototype.trim covers U+00A0 and U+3000; zero-width spaces and stray BOMs are not
  // whitespace to JS, so they are removed explicitly (they come from copy-paste out of web pages).
  return text.split('\n').map((raw, i) => ({ text: raw.replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '').trim(), line: i + 1 }));
}

/** Punctuation that ends a paragraph; a line ending otherwise was hard-wrapped and continues. */
const PARAGRAPH_END = /[。！？!?.…”’"'）)\]】》:：;；]$/u;
const CJK_EDGE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u;

/** A line long enough to have been wrapped by an editor (a short line is a line of its own: a credit, a subtitle). */
function wrapped(text: string): boolean {
  return CJK_EDGE.test(text) ? text.length >= 16 : text.length >= 40;
}

/**
 * Groups lines into paragraphs. Each line is a paragraph (the usual form of pasted news text), except
 * a long line that stops mid-sentence directly followed by another: that is a hard wrap and is joined —
 * without a space between Chinese characters, with one between Latin words.
 * @example toParagraphs([{ text: 'Since the campaign began, the district has combined study with', line: 1 }, { text: 'practice.', line: 2 }]) // one paragraph, joined with a space
 */
export function toParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | undefined;
  let previousLine = -1;
  let previousText = '';
  for (const { text, line } of lines) {
    if (text === '') {
      open = undefined;
      continue;
    }
    if (open && previousLine === line - 1 && !PARAGRAPH_END.test(open.text) && wrapped(previousText)) {
      const glue = CJK_EDGE.test(open.text.slice(-1)) || CJK_EDGE.test(text[0]!) ? '' : ' ';
      open.text += glue + text;
    } else {
      open = { text, line };
      paragraphs.push(open);
    }
    previousLine = line;
    previousText = text;
  }
  return paragraphs;
}
