// What goes into the sitemap: only pages that are their own canonical URL (not the alias copy of
// the root article, not the noindex 404), each with hreflang links to its other locales and an
// x-default. Runs inside @astrojs/sitemap after the build, so it reads the built pages' own
// <link rel="canonical"> — the page model is not available to astro.config.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

/** The built HTML file of a page URL (`https://a.org/base/en/` → `<outDir>/en/index.html`). */
export function builtFileOf(pageUrl: string, siteBase: string, outDir: string): string | undefined {
  const base = new URL(siteBase);
  const url = new URL(pageUrl);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
  const rest = decodeURIComponent(url.pathname.slice(base.pathname.length));
  return join(outDir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
}

/** True when the built page says it is its own canonical URL and does not ask not to be indexed. */
export function isCanonicalPage(html: string, pageUrl: string): boolean {
  if (/<meta name="robots" content="[^"]*noindex/.test(html)) return false;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical === undefined || canonical === pageUrl;
}

/** A `filter` for @astrojs/sitemap: keeps built HTML pages that are canonical. */
export function sitemapFilter(siteBase: string, outDir: string): (pageUrl: string) => boolean {
  return (pageUrl) => {
    const file = builtFileOf(pageUrl, siteBase, outDir);
    if (!file || !file.endsWith('.html') || !existsSync(file)) return false;
    return isCanonicalPage(readFileSync(file, 'utf8'), pageUrl);
  };
}

/** A `serialize` for @astrojs/sitemap: adds `x-default` → the default locale to hreflang links. */
export function addXDefault(defaultLang: string): (item: SitemapItem) => SitemapItem {
  return (item) => {
    const fallback = item.links?.find((l) => l.lang === defaultLang);
    if (!item.links || !fallback) return item;
    return { ...item, links: [...item.links, { url: fallback.url, lang: 'x-default' }] };
  };
}
