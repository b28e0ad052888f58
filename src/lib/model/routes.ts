/** What a URL depends on: which article is at the root and which locale is the default. */
export interface RouteContext {
  rootArticle: string;
  defaultLocale: string;
}

/**
 * The path of an article page below the base path, '' for the site root. URLs never depend on
 * how many articles there are: only the root article (chosen in the site config) sits at ''.
 * @example pagePath('jiangjin', 'en', { rootArticle: 'jiangjin', defaultLocale: 'zh-hans' }) // 'en/'
 */
export function pagePath(article: string, locale: string, ctx: RouteContext): string {
  const localePart = locale === ctx.defaultLocale ? '' : `${locale}/`;
  const articlePart = article === ctx.rootArticle ? '' : `${article}/`;
  return localePart + articlePart;
}

/**
 * Joins the base path and a page path into an absolute path on the host.
 * @example withBase('/zhuanti/2024/', 'en/') // '/zhuanti/2024/en/'
 */
export function withBase(basePath: string, path: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return base + path.replace(/^\/+/, '');
}

/** Stable fragment id of a highlight, the same in every locale: 5 → `highlight-05`. */
export function highlightAnchor(n: number): string {
  return `highlight-${String(n).padStart(2, '0')}`;
}

/**
 * Path (below the base path) of the share card of a page, or of one highlight of it.
 * @example cardPath('en/') // 'cards/en/index.png'
 * @example cardPath('', 'highlight-05') // 'cards/highlight-05.png'
 */
export function cardPath(pagePathValue: string, anchor?: string): string {
  return `cards/${pagePathValue}${anchor ?? 'index'}.png`;
}
