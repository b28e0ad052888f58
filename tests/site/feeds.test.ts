// Discovery files of the built Jiangjin site: an RSS 2.0 feed per locale with the full text, the
// sitemap with hreflang alternates, robots.txt.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { listFiles, loadHtml, siteDir, visibleText } from '../support';
import { SITES } from '../support/sites';

const DIST = siteDir('main');
const ORIGIN = 'https://example.org';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'xhtml:link', 'sitemap'].includes(name) });

/** Parses an XML file of dist (of the main site unless told) after checking it is well-formed. */
function readXml(file: string, dist = DIST): any {
  const xml = readFileSync(join(dist, file), 'utf8');
  expect(XMLValidator.validate(xml), file).toBe(true);
  return parser.parse(xml);
}

/** Article pages (not the 404) with the feed they link to. */
async function articlePages(dist = DIST) {
  const files = (await listFiles(dist, '.html')).filter((f) => f !== '404.html');
  return Promise.all(files.map(async (file) => {
    const $ = await loadHtml(join(dist, file));
    return {
      file,
      $,
      lang: $('html').attr('lang')!,
      canonical: $('link[rel="canonical"]').attr('href')!,
      feed: $('link[rel="alternate"][type="application/rss+xml"]').attr('href')!,
      published: $('meta[property="article:published_time"]').attr('content')!,
    };
  }));
}
/** The item's HTML content, parsed. */
const $item = (item: any) => cheerio.load(item['content:encoded']);

/** A feed item is the page in full: title, date, lede and every highlight's title and body. */
function expectFullText(item: any, page: cheerio.CheerioAPI) {
  expect(item.title).toBe(page('h1').text());
  expect(item.guid['#text']).toBe(item.link);
  expect(new Date(item.pubDate).toISOString()).toBe(new Date(page('meta[property="article:published_time"]').attr('content')!).toISOString());
  const text = visibleText($item(item));
  expect(text).toContain(visibleText(page, '.lede'));
  const sections = page('section.highlight');
  expect(sections.length).toBeGreaterThan(0);
  sections.each((_, s) => {
    expect(text).toContain(page(s).find('.highlight-title').text());
    expect(text).toContain(visibleText(page, `#${s.attribs.id} .highlight-body`));
  });
  expect($item(item)('h2')).toHaveLength(sections.length);
}

const localFile = (url: string) => {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  const path = url.slice(ORIGIN.length + 1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

describe('RSS feeds', () => {
  it('exist for every locale with pages, in that locale, one item per article', async () => {
    const pages = await articlePages();
    const feeds = [...new Set(pages.map((p) => p.feed))];
    expect(feeds).toContain(`${ORIGIN}/rss.xml`);
    expect(feeds).toContain(`${ORIGIN}/zh-hant/rss.xml`);
    for (const feed of feeds) {
      const { rss } = readXml(localFile(feed));
      expect(rss['@version']).toBe('2.0');
      const own = pages.filter((p) => p.feed === feed);
      expect(rss.channel.language).toBe(own[0]!.lang);
      expect(rss.channel.title).toBeTruthy();
      expect(rss.channel.link).toMatch(/^https:\/\/example\.org\//);
      expect(rss.channel['atom:link']['@href']).toBe(feed);
      const canonicals = [...new Set(own.map((p) => p.canonical))].sort();
      expect(rss.channel.item.map((i: any) => i.link).sort()).toEqual(canonicals);
    }
  });

  it('carries the full text — lede and all ten highlights', async () => {
    const { rss } = readXml('rss.xml');
    const item = rss.channel.item.find((i: any) => i.link === `${ORIGIN}/`);
    const page = await loadHtml(join(DIST, 'index.html'));
    expectFullText(item, page);
    expect(item.guid['#text']).toBe(`${ORIGIN}/`);
    expect(new Date(item.pubDate).toISOString()).toBe('2024-02-07T01:36:00.000Z');
    expect($item(item)('h2')).toHaveLength(10);
  });

  it('carries the newest feedItems articles of each locale, each complete (two-articles: "feedItems": 1 in its site.json)', async () => {
    const dist = siteDir('two-articles');
    const pages = await articlePages(dist);
    const capped: string[] = [];
    for (const feed of [...new Set(pages.map((p) => p.feed))]) {
      // Each article once, as its canonical page (an alias carries the canonical's URL).
      const own = pages.filter((p) => p.feed === feed && p.file === localFile(p.canonical))
        .sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
      const items = readXml(localFile(feed), dist).rss.channel.item;
      expect(items.map((i: any) => i.link), feed).toEqual([own[0]!.canonical]);
      expectFullText(items[0], own[0]!.$);
      if (own.length > 1) capped.push(feed);
    }
    // The fixture's point: zh-Hans and zh-Hant have two articles each, so the cap left one out.
    expect(capped).toEqual(expect.arrayContaining([`${ORIGIN}/rss.xml`, `${ORIGIN}/zh-hant/rss.xml`]));
  });

  // A feed reader shows no page around the item: a relative link or image would break there.
  // The main article has no link or image in its text, so every feed of every test site is read
  // (the hostile fixture has in-page links; the rewrite is unit-tested in tests/lib/render/feed.test.ts).
  it('has no relative link or image in the items of any test site\'s feeds', async () => {
    const urls: string[] = [];
    for (const name of Object.keys(SITES).filter((n) => !SITES[n]!.expectFailure)) {
      const dist = siteDir(name);
      const feeds = (await listFiles(dist, '.xml')).filter((f) => f.endsWith('rss.xml'));
      expect(feeds.length, name).toBeGreaterThan(0);
      for (const feed of feeds) {
        const { rss } = parser.parse(readFileSync(join(dist, feed), 'utf8'));
        for (const item of rss.channel.item ?? []) {
          const $ = cheerio.load(item['content:encoded']);
          urls.push(...$('[href], [src]').map((_, el) => `${name}/${feed}: ${el.attribs.href ?? el.attribs.src}`).get());
        }
      }
    }
    expect(urls.length, 'links and images checked in all feeds').toBeGreaterThan(0);
    expect(urls.filter((u) => !/: https?:\/\//.test(u))).toEqual([]);
  });
});

describe('sitemap', () => {
  it('is indexed by sitemap-index.xml with absolute URLs', () => {
    const index = readXml('sitemap-index.xml');
    const locs = index.sitemapindex.sitemap.map((s: any) => s.loc);
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(existsSync(join(DIST, localFile(loc))), loc).toBe(true);
  });

  it('lists every canonical page once, with hreflang xhtml:links and x-default, and no 404, alias or card', async () => {
    const index = readXml('sitemap-index.xml');
    const urls = index.sitemapindex.sitemap.flatMap((s: any) => readXml(localFile(s.loc)).urlset.url);
    const pages = await articlePages();
    const canonicals = [...new Set(pages.map((p) => p.canonical))].sort();
    expect(urls.map((u: any) => u.loc).sort()).toEqual(canonicals);
    for (const url of urls) {
      const page = pages.find((p) => p.file === localFile(url.loc))!;
      const inPage = page.$('link[rel="alternate"][hreflang]').map((_, l) => `${l.attribs.hreflang} ${l.attribs.href}`).get().sort();
      const inSitemap = (url['xhtml:link'] ?? []).map((l: any) => `${l['@hreflang']} ${l['@href']}`).sort();
      expect(inSitemap, url.loc).toEqual(inPage);
      expect(inSitemap.some((l: string) => l.startsWith('x-default '))).toBe(true);
    }
    expect(urls.some((u: any) => /404|cards\/|\.png$/.test(u.loc))).toBe(false);
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the absolute sitemap index', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${ORIGIN}/sitemap-index.xml`);
    expect(existsSync(join(DIST, localFile(sitemap!)))).toBe(true);
  });
});
