// Links to other sites: adds rel="noopener noreferrer" so a news page never leaks its readers
// to, or hands `window.opener` to, an outside page.
import { type MarkdownIt } from 'markdown-it';

/** markdown-it plugin: marks absolute http(s) links as external. */
export default function externalLinks(md: MarkdownIt): void {
  const fallback = md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]?.attrGet('href') ?? '');
    if (/^https?:\/\//i.test(href)) tokens[idx]?.attrSet('rel', 'noopener noreferrer');
    return fallback(tokens, idx, options, env, self);
  };
}
