// In-page links (`[亮点一](#highlight-01)`) lead nowhere in a feed reader, which shows the text
// with no page around it: when the render is for a feed (`env.pageUrl`), they point at the page.
// A renderer rule, registered before external-links.ts, so the page's own links stay unmarked.
import { type MarkdownIt } from 'markdown-it';
import { renderEnv } from './render-env';

/** markdown-it plugin: `#fragment` hrefs become `env.pageUrl#fragment` when `pageUrl` is set. */
export default function inPageLinks(md: MarkdownIt): void {
  const fallback = md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const { pageUrl } = renderEnv(env);
    const href = String(tokens[idx]?.attrGet('href') ?? '');
    if (pageUrl && href.startsWith('#')) tokens[idx]?.attrSet('href', pageUrl + href);
    return fallback(tokens, idx, options, env, self);
  };
}
