// No file in dist/ that nothing uses: every file is named by a page, feed, sitemap, manifest,
// stylesheet or the header file, or is one a host or crawler looks for by name (issue 12: per-
// highlight cards nobody linked were most of a build's time and bytes). The one kind of file
// that is meant to be reached without a link is the alias page: the root article also served at
// its permanent /<article-id>/ URL, canonical to the root, so links to that URL never break.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { listFiles, siteDir } from '../support';

/** Files a host or crawler fetches by their well-known name, with no link to them. */
const WELL_KNOWN = ['index.html', '404.html', 'robots.txt', '_headers'];

/** Every URL-like string a file of dist names, by file type. */
function namedUrls(file: string, text: string): string[] {
  if (file.endsWith('.html')) return htmlUrls(text);
  if (file.endsWith('.xml')) {
    // Sitemaps (<loc>, xhtml:link href) and feeds (<link>, atom:link, <guid>, and the items' HTML).
    const $ = cheerio.load(text, { xml: true });
    const urls = [...text.matchAll(/<(?:loc|link|guid)[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
    $('[href]').each((_, el) => { urls.push($(el).attr('href')!); });
    $('content\\:encoded, description').each((_, el) => { urls.push(...htmlUrls($(el).text())); });
    return urls;
  }
  if (file.endsWith('.webmanifest')) return jsonStrings(JSON.parse(text));
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
  if (file.endsWith('robots.txt')) return [...text.matchAll(/^Sitemap:\s*(\S+)/gm)].map((m) => m[1]!);
  // _headers: a literal path (no wildcard) names a file; Link headers name preloaded files.
  if (file.endsWith('_headers')) return [...text.matchAll(/^(\/[^\s*]*)$|<([^>]+)>/gm)].map((m) => (m[1] ?? m[2])!);
  return [];
}

function htmlUrls(html: string): string[] {
  const $ = cheerio.load(html);
  const urls: string[] = [];
  $('[href], [src], [srcset], meta[content], [content]').each((_, el) => {
    const a = el.attribs;
    for (const v of [a.href, a.src, a.content]) if (v) urls.push(v);
    if (a.srcset) urls.push(...a.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
  });
  $('script[type="application/ld+json"]').each((_, el) => { urls.push(...jsonStrings(JSON.parse($(el).text()))); });
  return urls;
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/**
 * The dist file a URL names, or undefined if it is not this site's: resolved against the
 * naming file's own URL, base path stripped, `dir/` → `dir/index.html`.
 */
function fileOf(url: string, fromFile: string, site: URL): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(fromFile.replace(/(^|\/)index\.html$/, '$1'), site));
  } catch {
    return undefined;
  }
  if (resolved.origin !== site.origin || !resolved.pathname.startsWith(site.pathname)) return undefined;
  const path = decodeURIComponent(resolved.pathname.slice(site.pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Files of a built site that nothing names. */
async function orphans(dist: string, siteUrl: string): Promise<{ files: string[]; aliases: string[]; orphans: string[] }> {
  const site = new URL(siteUrl);
  const files = await listFiles(dist);
  const named = new Set<string>();
  const aliases = new Set<string>();
  for (const file of files) {
    const isText = /\.(html|xml|webmanifest|css|txt)$|(^|\/)_headers$/.test(file);
    if (!isText) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      const canonical = cheerio.load(text)('link[rel="canonical"]').attr('href');
      const target = canonical && fileOf(canonical, file, site);
      if (target && target !== file && files.includes(target)) aliases.add(file);
    }
    for (const url of namedUrls(file, text)) {
      const target = fileOf(url, file, site);
      if (target && target !== file) named.add(target);
    }
  }
  return { files, aliases: [...aliases], orphans: files.filter((f) => !named.has(f) && !aliases.has(f) && !WELL_KNOWN.includes(f)) };
}

describe.each([
  ['main', 'https://example.org/'],
  ['subpath', 'https://news.example.org/zhuanti/2024/jiangjin/'],
])('every file of the %s site', (name, siteUrl) => {
  it('is named by a page, feed, sitemap, manifest, stylesheet or the header file', async () => {
    const { files, aliases, orphans: unused } = await orphans(siteDir(name), siteUrl);
    expect(aliases.sort()).toEqual(['en/jiangjin-theme-education-2024/index.html', 'jiangjin-theme-education-2024/index.html', 'zh-hant/jiangjin-theme-education-2024/index.html']);
    // The finder itself sees the links: cards, icons, feeds, the stylesheet and the script.
    expect(files.length).toBeGreaterThan(20);
    expect(files).toEqual(expect.arrayContaining(['cards/jiangjin-theme-education-2024.png', 'icons/icon-512.png', 'rss.xml', 'sitemap-0.xml', 'scripts/page-enhancements.js']));
    expect(unused).toEqual([]);
  });
});

describe('the orphan finder', () => {
  it('reports a file nothing names, such as a card no page uses', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'orphans-'));
    try {
      await cp(siteDir('main'), copy, { recursive: true });
      await writeFile(join(copy, 'cards/highlight-05.png'), 'png');
      expect((await orphans(copy, 'https://example.org/')).orphans).toEqual(['cards/highlight-05.png']);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('resolves relative, absolute and base-path URLs to files, and ignores other hosts', () => {
    const site = new URL('https://example.org/base/');
    expect(fileOf('https://example.org/base/cards/x.png', 'index.html', site)).toBe('cards/x.png');
    expect(fileOf('/base/en/', 'index.html', site)).toBe('en/index.html');
    expect(fileOf('../rss.xml', 'en/index.html', site)).toBe('rss.xml');
    expect(fileOf('#highlight-05', 'en/index.html', site)).toBe('en/index.html');
    expect(fileOf('/other/a.png', 'index.html', site)).toBeUndefined();
    expect(fileOf('https://elsewhere.org/base/a.png', 'index.html', site)).toBeUndefined();
  });
});
