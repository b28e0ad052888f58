// What goes into the sitemap, from the page model: every page that is its own canonical URL (not
// the alias copy of the root article; the 404 is no page of the model), each with the same
// hreflang links and x-default its <head> has — taken from buildHeadMetadata, so the two cannot
// disagree — and its last change.
import { toZonedIso } from '../content/dates';
import { absoluteUrl } from '../model/routes';
import { buildHeadMetadata, type SiteUrls } from './news-metadata';
import type { ArticlePage } from '../model/site-model';

/** One `<url>` of a sitemap. */
export interface SitemapEntry {
  loc: string;
  lastmod: string;
  /** hreflang → absolute URL, as the page's `<link rel="alternate" hreflang>` say. */
  alternates: { hreflang: string; href: string }[];
}

/** A sitemap file holds at most 50,000 URLs (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/** Sitemap entries of the canonical pages, sorted by URL. */
export function sitemapEntries(pages: ArticlePage[], site: SiteUrls): SitemapEntry[] {
  return pages.filter((p) => !p.isAlias).map((page) => {
    // Only the links are used; description and feed title do not reach them.
    const { links } = buildHeadMetadata(page, site, { description: '', feedTitle: '' });
    return {
      loc: absoluteUrl(page.canonicalPath, site),
      lastmod: toZonedIso(page.meta.modified ?? page.meta.published, site.timeZone),
      alternates: links.flatMap((l) => (l.hreflang ? [{ hreflang: l.hreflang, href: l.href }] : [])),
    };
  }).sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** One sitemap file (`<urlset>` with xhtml:link alternates). */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => [
    `<url><loc>${escapeXml(e.loc)}</loc><lastmod>${escapeXml(e.lastmod)}</lastmod>`,
    ...e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`),
    '</url>',
  ].join(''));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Splits entries into sitemap files of at most `max` URLs: the paths of `sitemap-0.xml`,
 * `sitemap-1.xml`, … below the base path, each with its entries.
 */
export function sitemapFiles(entries: SitemapEntry[], max = SITEMAP_MAX_URLS): { path: string; entries: SitemapEntry[] }[] {
  const files = [];
  for (let i = 0; i * max < Math.max(entries.length, 1); i++) files.push({ path: `sitemap-${i}.xml`, entries: entries.slice(i * max, (i + 1) * max) });
  return files;
}

/** The sitemap index: one `<sitemap>` per file, absolute URLs. */
export function sitemapIndexXml(fileUrls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...fileUrls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}
