// The shared mechanism of the plugins that rewrite the text of Chinese files token by token
// (cjk-number-units, cjk-quote-breaks): new inline tokens of the document's own Token class, and
// a core rule that replaces every text token of a file whose `env.lang` is Chinese.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { renderEnv } from './render-env';
import { isChineseLang } from '../zh/cjk-punctuation';

/**
 * A maker of inline tokens of the same class as `token` (markdown-it exports no constructor).
 * @example tokenMaker(text)('html_inline', '<wbr>')
 */
export function tokenMaker(token: Token): (type: string, content: string) => Token {
  const Ctor = token.constructor as new (type: string, tag: string, nesting: number) => Token;
  return (type, content) => {
    const made = new Ctor(type, '', 0);
    made.content = content;
    return made;
  };
}

/**
 * Adds core rule `name`, which replaces each text token of a Chinese file by the tokens
 * `split(token)` returns, or keeps it when that is undefined (in renders whose env `applies`,
 * when given). A paragraph's children are copied only once a token is replaced: most text tokens
 * are kept.
 * @example rewriteChineseText(md, 'cjk_quote_breaks', splitText)
 */
export function rewriteChineseText(md: MarkdownIt, name: string, split: (token: Token) => Token[] | undefined, applies?: (env: unknown) => boolean): void {
  md.core.ruler.push(name, (state) => {
    if (!isChineseLang(renderEnv(state.env).lang)) return;
    if (applies && !applies(state.env)) return;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const children = block.children;
      let rewritten: Token[] | undefined;
      for (let i = 0; i < children.length; i++) {
        const token = children[i]!;
        const parts = token.type === 'text' ? split(token) : undefined;
        if (parts) (rewritten ??= children.slice(0, i)).push(...parts);
        else rewritten?.push(token);
      }
      if (rewritten) block.children = rewritten;
    }
  });
}
