// Curly quotes inside Chinese text (`领导按照“5+4+3”清单`). Unicode line breaking gives “ ” the
// ambiguous class QU, which forbids a break on either side, so Chromium cannot break between 照
// and “, nor between ” and 清: a quoted term drags the characters around it to the next line and
// leaves a line short (stretched, when justified). Chinese typesetting breaks there freely, so
// this inserts <wbr> between a Han character and an opening quote, and between a closing quote
// and a Han character, in Chinese files. Raw HTML is off, so no Markdown can write it.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { rewriteChineseText, tokenMaker } from './chinese-text-tokens';

/** A place inside Chinese text where a break must be allowed: Han|“ or ”|Han. */
const QUOTE_SIDE = /(?<=\p{Script=Han})(?=[“‘])|(?<=[”’])(?=\p{Script=Han})/gu;

function splitText(token: Token): Token[] {
  const parts = token.content.split(QUOTE_SIDE);
  if (parts.length === 1) return [token];
  const make = tokenMaker(token);
  return parts.flatMap((part, i) => (i === 0 ? [make('text', part)] : [make('html_inline', '<wbr>'), make('text', part)]));
}

/** markdown-it plugin: break opportunities beside curly quotes in files whose `env.lang` is Chinese. */
export default function cjkQuoteBreaks(md: MarkdownIt): void {
  rewriteChineseText(md, 'cjk_quote_breaks', splitText);
}
