// Chinese names and terms inside a translation ("Li Yinglan (李应兰)"): wraps each run of Han
// characters in <span lang="…"> so screen readers switch voice and browsers pick a CJK font.
// Markdown has no syntax for a language span and raw HTML is off, so this is ours. Runs only
// when the file's own language is not written in Han characters (env.lang, set per file).
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { renderEnv } from './render-env';

const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303F\uFF01-\uFF60·]*/gu;
const HAN_WRITTEN = /^(zh|ja|ko)\b/i;

/** Splits a text token into text and `<span lang>` tokens around Han runs. */
function splitText(token: Token, lang: string, TokenCtor: typeof token.constructor): Token[] {
  const out: Token[] = [];
  let last = 0;
  const push = (type: string, content: string) => {
    const t = new (TokenCtor as new (type: string, tag: string, nesting: number) => Token)(type, '', 0);
    t.content = content;
    out.push(t);
  };
  for (const match of token.content.matchAll(HAN_RUN)) {
    if (match.index > last) push('text', token.content.slice(last, match.index));
    push('html_inline', `<span lang="${lang}">`);
    push('text', match[0]);
    push('html_inline', '</span>');
    last = match.index + match[0].length;
  }
  if (!out.length) return [token];
  if (last < token.content.length) push('text', token.content.slice(last));
  return out;
}

/**
 * markdown-it plugin. `env.lang` is the BCP 47 tag of the file; `sourceLang` the tag given to
 * Han runs in files of other languages.
 */
export default function foreignScriptLang(md: MarkdownIt, options: { sourceLang: string }): void {
  md.core.ruler.push('foreign_script_lang', (state) => {
    const fileLang = renderEnv(state.env).lang;
    if (!fileLang || HAN_WRITTEN.test(fileLang)) return;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = block.children.flatMap((t) => (t.type === 'text' ? splitText(t, options.sourceLang, t.constructor) : [t]));
    }
  });
}
