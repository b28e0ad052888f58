// Hostile content through a real build (tests/fixtures/sites/hostile): script tags, event
// handlers and dangerous URL schemes in Markdown bodies and in every kind of frontmatter value,
// `</script>` inside the headline (which lands in JSON-LD). None of it may become markup; all of
// it must reach the reader as text and search engines as data.
//
// Plain `[x](javascript:…)`, `[x](vbscript:…)`, `[x](data:text/html,…)`, `[x](JAVASCRIPT:…)`,
// `[x]( javascript:…)`, `![x](javascript:…)` and `[x](<javascript&#58;…>)` are not in the fixture:
// the content checker (src/lib/check) refuses them as build ERRORS before Astro renders anything
// (its own tests cover that). So do the tab, newline, NUL and entity spellings (`java⇥script:`,
// `jav&#x09;ascript:`), which markdown-it percent-encodes: isSafeUrl decodes before it judges
// (tests/lib/markdown). What remains here is what builds, and the browser's own URL parser
// decides below that none of it is a scheme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles, loadHtml, siteDir, visibleText } from '../support';

const DIST = siteDir('hostile');
const CONTENT = join(import.meta.dirname, '../fixtures/sites/hostile/hostile-report/zh-hans');
const frontmatter = (file: string): Record<string, any> =>
  parse(readFileSync(join(CONTENT, file), 'utf8').split(/^---\s*$/m)[1]!, { schema: 'failsafe' });
const ARTICLE = frontmatter('index.md');
/** Attributes that take a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href', 'data'];

/**
 * The scheme a browser would give this attribute value on a page: the WHATWG URL parser (Node's
 * `URL`, as in browsers) drops tabs and newlines and trims control characters first.
 */
function scheme(value: string): string {
  return new URL(value, 'https://example.org/page/').protocol.replace(/:$/, '');
}

/** Checks one parsed HTML document for anything executable. */
function assertInert($: CheerioAPI, where: string): void {
  $('script').each((_, s) => {
    const inert = s.attribs.type === 'application/ld+json' && !s.attribs.src;
    const ownFile = !s.attribs.type && /^\/scripts\/[\w-]+\.js$/.test(s.attribs.src ?? '') && $(s).text() === '';
    expect(inert || ownFile, `${where}: ${$.html(s)}`).toBe(true);
  });
  expect($('iframe, object, embed, svg, math, frame, base, form').length, where).toBe(0);
  $('*').each((_, node) => {
    const el = node as unknown as { tagName: string; attribs: Record<string, string> };
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(name, `${where}: <${el.tagName} ${name}>`).not.toMatch(/^on/i);
      const values = name === 'srcset' ? value.split(',').map((v) => v.trim().split(/\s+/)[0]!) : URL_ATTRIBUTES.includes(name) ? [value] : [];
      for (const v of values) expect(['http', 'https'], `${where}: ${name}="${v}"`).toContain(scheme(v));
    }
  });
}

describe('hostile content through the build', () => {
  let pages: string[];
  beforeAll(async () => {
    pages = await listFiles(DIST, '.html');
  });

  it('builds every page of the hostile fixture', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'zh-hant/index.html', '404.html']));
  });

  it('emits no script but JSON-LD and the site\'s own files, no event handler and no dangerous URL on any page', async () => {
    for (const file of pages) assertInert(await loadHtml(join(DIST, file)), file);
  });

  it('leaves no obfuscated javascript:/data: link target a browser would run, and keeps safe links', async () => {
    const $ = await loadHtml(join(DIST, 'index.html'));
    const body = $('#highlight-02 .highlight-body');
    const hrefs = body.find('a').map((_, a) => a.attribs.href).get();
    expect(hrefs).toContain('https://example.com/?a=1&b=%222%22');
    expect(hrefs).toContain('#highlight-01');
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(['http', 'https'], href).toContain(scheme(href));
    expect(body.find('img')).toHaveLength(0);
    // A Markdown image of an SVG data URL with a handler stays text.
    expect(visibleText($, '#highlight-02')).toContain('![dataimg](data:image/svg+xml,<svg onload=alert(1)>)');
  });

  it('shows every hostile string to the reader as text', async () => {
    const $ = await loadHtml(join(DIST, 'index.html'));
    const text = visibleText($);
    expect($('h1').text()).toBe(ARTICLE.headline);
    expect($('title').text()).toBe(ARTICLE.headline);
    expect(text).toContain(frontmatter('01.md').title);
    expect(text).toContain(frontmatter('02.md').title);
    expect(text).toContain('正文<script>alert(1)</script>第一段。');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<a href="javascript:alert(1)" onclick="alert(1)">raw link</a>');
    expect(text).toContain("导语<script>alert('lede')</script>里有");
    expect(text).toContain(ARTICLE.photos[1].caption);
    expect(text).toContain(ARTICLE.photos[0].credit);
    expect(text).toContain(ARTICLE.credits[0].name);
    expect(text).toContain(`${ARTICLE.credits[0].role}`);
    expect($('meta[name="description"]').attr('content')).toContain("<script>alert('lede')</script>");
    expect($('meta[property="og:title"]').attr('content')).toBe(ARTICLE.headline);
    // Alt text with quotes stays one attribute value.
    expect($('img').attr('alt')).toBe(ARTICLE.photos[0].alt);
  });

  it('keeps hostile strings in JSON-LD as data: it parses, and `</script>` cannot close the element', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const $ = cheerio.load(html);
    const scripts = $('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const raw = scripts.text();
    expect(raw).not.toMatch(/<\/?script/i);
    const data = JSON.parse(raw);
    expect(data.headline).toBe(ARTICLE.headline);
    expect(data.headline).toContain('</script><script>alert(1)</script>');
    expect(data.publisher.name).toBe(ARTICLE.source);
    expect(data.author).toEqual([{ '@type': 'Person', name: '王</script>豪', jobTitle: '通讯员' }]);
    expect(data.editor[0]).toMatchObject({ name: ARTICLE.credits[0].name, jobTitle: ARTICLE.credits[0].role });
    expect(data.associatedMedia.map((m: any) => [m.caption, m.creditText])).toEqual(ARTICLE.photos.map((p: any) => [p.caption, p.credit]));
    expect(data.hasPart[0].name).toBe(frontmatter('01.md').title);
    // The photo with a file gets a real, fetchable contentUrl; the one without gets none.
    expect(data.associatedMedia[0].contentUrl).toMatch(/^https:\/\/example\.org\/_astro\/pixel\.[\w-]+\.jpe?g$/);
    expect(readFileSync(join(DIST, new URL(data.associatedMedia[0].contentUrl).pathname)).length).toBeGreaterThan(0);
    expect(data.associatedMedia[1].contentUrl).toBeUndefined();
  });

  it('keeps the RSS feed inert too: item HTML has no script, handler or dangerous URL', () => {
    const doc = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(DIST, 'rss.xml'), 'utf8'));
    const item = [doc.rss.channel.item].flat()[0];
    expect(item.title).toBe(ARTICLE.headline);
    const $ = cheerio.load(item['content:encoded']);
    assertInert($, 'rss.xml content');
    // In-page links become absolute: a feed reader shows no page around them.
    expect($('a[href$="#highlight-01"]').attr('href')).toBe('https://example.org/#highlight-01');
    expect(visibleText($)).toContain('正文<script>alert(1)</script>第一段。');
  });
});
