// A number and the measure word or unit after it (`7次`, `100余个`, `4.3亿元`, `1.1万件次`) stay on
// one line in Chinese files: a line ending in `会议7` with `次` starting the next reads as a
// different sentence. Wraps each such run in a plain <span> (white-space: nowrap in global.css,
// which styles every <span> without `lang` in a body as this one). Markdown has no syntax for it
// and raw HTML is off, so this is ours. No class: a bench page has ~200 of these, and
// `class="nu"` was 11 of their 24 bytes (issue 12, page bytes); the only other span in a body is
// foreign-script-lang.ts's, which always has `lang`. Not a word joiner (U+2060) either: it would
// be an invisible character in what a reader copies or searches for.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { rewriteChineseText, type TokenMaker } from './chinese-text-tokens';
import { renderEnv } from './render-env';

/** Digits (with decimals, thousands and %), magnitude words (余/多/万/亿 …), the measure word, and 次/元 of 人次, 亿元. */
export const NUMBER_WITH_UNIT = /\d+(?:[.,]\d+)*%?[余多万亿千百]{0,3}\p{Script=Han}[次元]?/gu;

/** Splits a text token around number-and-unit runs; undefined when it holds none. */
function splitText(token: Token, make: TokenMaker): Token[] | undefined {
  const out: Token[] = [];
  let last = 0;
  for (const match of token.content.matchAll(NUMBER_WITH_UNIT)) {
    if (match.index > last) out.push(make.text(token.content.slice(last, match.index)));
    out.push(make.markup('<span>'), make.text(match[0]), make.markup('</span>'));
    last = match.index + match[0].length;
  }
  if (!out.length) return undefined;
  if (last < token.content.length) out.push(make.text(token.content.slice(last)));
  return out;
}

/**
 * markdown-it plugin: binds numbers to their units in files whose `env.lang` is Chinese. Not in
 * a feed (`env.pageUrl`): only the site's stylesheet gives the spans a meaning, a feed reader
 * shows the text alike without, and escaped in the feed each costs 40 bytes.
 */
export default function cjkNumberUnits(md: MarkdownIt): void {
  rewriteChineseText(md, 'cjk_number_units', splitText, (env) => !renderEnv(env).pageUrl);
}
