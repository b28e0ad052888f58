// Every URL of the site, in one family (like ufo's utils): page paths below the base path, the
// base path itself, and absolute URLs. Argument order as in ufo: the path first, then what it is
// resolved against (`withBase(input, base)`).

/** What a URL depends on: which article is at the root and which locale is the default. */
export interface RouteContext {
  rootArticle: string;
  defaultLocale: string;
}

/** Where the site is served: origin and base path (`SITE` satisfies it). */
export interface SiteLocation {
  siteUrl: string;
  basePath: string;
}

/**
 * Turns any spelling of a base path into `/a/b/`, or `/` for none.
 * @example normalizeBasePath('zhuanti/2024') // '/zhuanti/2024/'
 * @example normalizeBasePath(undefined) // '/'
 */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
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
 * Joins a page path to the base path: an absolute path on the host.
 * @example withBase('en/', '/zhuanti/2024/') // '/zhuanti/2024/en/'
 */
export function withBase(input: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return base + input.replace(/^\/+/, '');
}

/**
 * Absolute URL of a path below the base path.
 * @example absoluteUrl('en/', { siteUrl: 'https://a.org', basePath: '/x/' }) // 'https://a.org/x/en/'
 */
export function absoluteUrl(input: string, site: SiteLocation): string {
  return site.siteUrl.replace(/\/+$/, '') + withBase(input, site.basePath);
}

/** Stable fragment id of a highlight, the same in every locale: 5 → `highlight-05`. */
export function highlightAnchor(n: number): string {
  return `highlight-${String(n).padStart(2, '0')}`;
}

/**
 * Path (below the base path) of an article's share card in a locale: a flat folder per locale,
 * the file named by the article, as its permanent URL is (`/<article>/`). The root page and its
 * alias therefore name one card, and a build writes no folder per card (2,000 `mkdir`s at 1,000
 * articles cost seconds on a busy disk, issue 12).
 * @example cardPath('jiangjin', 'en', { rootArticle: 'jiangjin', defaultLocale: 'zh-hans' }) // 'cards/en/jiangjin.png'
 */
export function cardPath(article: string, locale: string, ctx: RouteContext): string {
  return `cards/${pagePath(article, locale, { ...ctx, rootArticle: '' }).slice(0, -1)}.png`;
}

/**
 * Path (below the base path) of a locale's RSS feed: the default locale's sits at the root.
 * @example feedPath('en', 'zh-hans') // 'en/rss.xml'
 */
export function feedPath(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? 'rss.xml' : `${locale}/rss.xml`;
}
