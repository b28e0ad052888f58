// The plain text of a Markdown body, for meta descriptions, share cards and feed summaries. Read
// from markdown-it's token stream, after every plugin ran (so the text is what the page shows:
// full-width punctuation, joined CJK line breaks), instead of stripping tags from the rendered
// HTML. Markup the plugins add for layout only (the number-unit `<span>`, `<wbr>`) is html_inline and
// carries no text; an image shows no text on the page either.
import type { MarkdownIt, Token } from 'markdown-it';
import { createMarkdown } from './create-markdown';

let shared: MarkdownIt | undefined;

/** The text of one inline token's children: text and inline code, line breaks as spaces. */
function inlineText(children: Token[]): string {
  return children.map((t) => {
    if (t.type === 'text' || t.type === 'code_inline') return t.content;
    if (t.type === 'softbreak' || t.type === 'hardbreak') return ' ';
    return '';
  }).join('');
}

/**
 * Plain text of a Markdown body as the site renders it for `lang`, whitespace collapsed; blocks
 * (paragraphs, list items, code) are separated by one space.
 * @example markdownText('**“关键少数”**以上率下\n带头') // '“关键少数”以上率下带头'
 * @example markdownText('One *two*\n\nthree', 'en') // 'One two three'
 */
export function markdownText(source: string, lang?: string, md: MarkdownIt = (shared ??= createMarkdown())): string {
  const parts = md.parse(source, { lang }).map((t) => {
    if (t.type === 'inline') return inlineText(t.children ?? []);
    if (t.type === 'fence' || t.type === 'code_block') return t.content;
    return ' ';
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}
