// Curly quotes inside Chinese text (`领导按照“5+4+3”清单`). Unicode line breaking gives “ ” the
// ambiguous class QU, which forbids a break on either side, so Chromium cannot break between 照
// and “, nor between ” and 清: a quoted term drags the characters around it to the next line and
// leaves a line short (stretched, when justified). Chinese typesetting breaks there freely, so
// this inserts <wbr> between a Han character and an opening quote, and between a closing quote
// and a Han character, in Chinese files. Raw HTML is off, so no Markdown can write it.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { rewriteChineseText, type TokenMaker } from './chinese-text-tokens';

/**
 * A curly quote beside which a break must be allowed: Han|“ (before the quote) or ”|Han (after
 * it). Matching the quote, not the empty place, lets the regex skip to the next quote instead of
 * testing every place of the text.
 */
const QUOTE_BESIDE_HAN = /(?<=\p{Script=Han})[“‘]|[”’](?=\p{Script=Han})/gu;

/** Splits a text token where a break goes beside a quote; undefined when there is no such place. */
function splitText(token: Token, make: TokenMaker): Token[] | undefined {
  const text = token.content;
  const out: Token[] = [];
  let last = 0;
  for (const { index, 0: quote } of text.matchAll(QUOTE_BESIDE_HAN)) {
    const at = quote === '“' || quote === '‘' ? index : index + 1;
    out.push(make.text(text.slice(last, at)), make.markup('<wbr>'));
    last = at;
  }
  if (!out.length) return undefined;
  out.push(make.text(text.slice(last)));
  return out;
}

/** markdown-it plugin: break opportunities beside curly quotes in files whose `env.lang` is Chinese. */
export default function cjkQuoteBreaks(md: MarkdownIt): void {
  rewriteChineseText(md, 'cjk_quote_breaks', splitText);
}
