// What one render of a Markdown body is for, passed as markdown-it's `env`: the page (the
// default) or a feed reader, which shows the text with no page around it and no stylesheet.

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
