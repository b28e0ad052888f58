// The shared mechanism of the plugins that rewrite the text of Chinese files token by token
// (cjk-number-units, cjk-quote-breaks): new inline tokens, and a core rule that replaces every
// text token of a file whose `env.lang` is Chinese.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { renderEnv } from './render-env';
import { isChineseLang } from '../zh/cjk-punctuation';

/** Makes the tokens a rewrite puts in place of a text token. */
export interface TokenMaker {
  text(content: string): Token;
  /**
   * Layout markup (`<wbr>`, `<span>`): one token per content in a render, put in every place it
   * goes. A bench page has ~50 of them in each paragraph, and building a Token costs more than
   * the rest of the rewrite; markup tokens are only read (the renderer writes their content,
   * plain-text.ts skips them), never changed after this rule.
   */
  markup(content: string): Token;
}

function tokenMaker(TokenClass: typeof Token): TokenMaker {
  const make = (type: string, content: string) => {
    const made = new TokenClass(type, '', 0);
    made.content = content;
    return made;
  };
  const markup = new Map<string, Token>();
  return {
    text: (content) => make('text', content),
    markup: (content) => {
      let token = markup.get(content);
      if (!token) markup.set(content, token = make('html_inline', content));
      return token;
    },
  };
}

/**
 * Adds core rule `name`, which replaces each text token of a Chinese file by the tokens
 * `split(token, make)` returns, or keeps it when that is undefined (in renders whose env
 * `applies`, when given). A paragraph's children are copied only once a token is replaced: most
 * text tokens are kept.
 * @example rewriteChineseText(md, 'cjk_quote_breaks', splitText)
 */
export function rewriteChineseText(md: MarkdownIt, name: string, split: (token: Token, make: TokenMaker) => Token[] | undefined, applies?: (env: unknown) => boolean): void {
  md.core.ruler.push(name, (state) => {
    if (!isChineseLang(renderEnv(state.env).lang)) return;
    if (applies && !applies(state.env)) return;
    const make = tokenMaker(state.Token);
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const children = block.children;
      let rewritten: Token[] | undefined;
      for (let i = 0; i < children.length; i++) {
        const token = children[i]!;
        const parts = token.type === 'text' ? split(token, make) : undefined;
        if (parts) (rewritten ??= children.slice(0, i)).push(...parts);
        else rewritten?.push(token);
      }
      if (rewritten) block.children = rewritten;
    }
  });
}
