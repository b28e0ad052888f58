// What one render of a Markdown body is for, passed as markdown-it's `env`: the page (the
// default) or a feed reader, which shows the text with no page around it and no stylesheet.
// The in-page-link rule lives here too: the feed's env exists for it, and it is the one plugin
// that only that env drives (the others read `lang`, or merely leave markup out for a feed).
import { type MarkdownIt } from 'markdown-it';

/** The `env` of a render. */
export interface RenderEnv {
  /** BCP 47 tag of the text (the file's locale): switches the Chinese-only and foreign-script plugins. */
  lang?: string;
  /**
   * Set when the HTML leaves the page (feeds): the absolute URL of the page the text belongs to.
   * In-page links (`#highlight-05`) then point at that page, and markup only the site's
   * stylesheet gives a meaning (the number-unit spans) is left out.
   */
  pageUrl?: string;
}

/** The render env of a markdown-it state, typed. */
export function renderEnv(env: unknown): RenderEnv {
  return (env ?? {}) as RenderEnv;
}

/**
 * markdown-it plugin: `#fragment` hrefs become `env.pageUrl#fragment` when `pageUrl` is set.
 * In-page links (`[亮点一](#highlight-01)`) lead nowhere in a feed reader, which shows the text
 * with no page around it. A renderer rule, registered before external-links.ts, so the page's
 * own links stay unmarked.
 */
export function inPageLinks(md: MarkdownIt): void {
  const fallback = md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const { pageUrl } = renderEnv(env);
    const href = String(tokens[idx]?.attrGet('href') ?? '');
    if (pageUrl && href.startsWith('#')) tokens[idx]?.attrSet('href', pageUrl + href);
    return fallback(tokens, idx, options, env, self);
  };
}
