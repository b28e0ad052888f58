// The site built for a sub-path of an existing domain (BASE_PATH=/zhuanti/2024/jiangjin/):
// every URL any built file mentions — links, fragments, assets, feed entries, share cards,
// canonical and alternate URLs, sitemap, robots, manifest icons — resolves to a file in dist,
// and nothing points at the host's root outside the base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, siteDir } from '../support';
import { SITES } from '../support/sites';

const DIST = siteDir('subpath');
const ORIGIN = SITES.subpath!.env!.SITE_URL!;
const BASE = SITES.subpath!.env!.BASE_PATH!;

/** One URL found in a built file. */
interface Found { file: string; where: string; raw: string; url: URL }

/** The URL a file of dist is served at. */
const servedAt = (file: string) => new URL(BASE + file.replace(/(^|\/)index\.html$/, '$1'), ORIGIN);

/** Every string value of a JSON value (JSON-LD, web manifest). */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}
const URL_KEYS = new Set(['url', '@id', 'contentUrl', 'src', 'start_url', 'scope', 'logo', 'image']);

/** URLs in an HTML document (attributes, srcset, URL-valued meta, JSON-LD). */
function urlsInHtml(html: string, file: string, base: URL): Found[] {
  const $ = cheerio.load(html);
  const out: Found[] = [];
  const add = (where: string, raw: string) => out.push({ file, where, raw, url: new URL(raw, base) });
  $('[href], [src], [srcset], [content]').each((_, el) => {
    for (const attr of ['href', 'src']) if (el.attribs[attr] !== undefined) add(`<${el.tagName} ${attr}>`, el.attribs[attr]!);
    if (el.attribs.srcset) for (const part of el.attribs.srcset.split(',')) add(`<${el.tagName} srcset>`, part.trim().split(/\s+/)[0]!);
    const content = el.attribs.content;
    if (el.tagName === 'meta' && content && /^(https?:)?\//.test(content)) add(`<meta ${el.attribs.property ?? el.attribs.name}>`, content);
  });
  $('script[type="application/ld+json"]').each((_, s) => {
    for (const [key, value] of strings(JSON.parse($(s).text()))) if (URL_KEYS.has(key)) add(`JSON-LD ${key}`, value);
  });
  return out;
}

/** URLs in an XML file (feed, sitemap): every absolute URL, plus the HTML of feed items. */
function urlsInXml(xml: string, file: string): Found[] {
  const out: Found[] = [];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  for (const [key, value] of strings(doc)) {
    if (key === 'content:encoded') out.push(...urlsInHtml(value, `${file} (item content)`, new URL(ORIGIN)));
    else if (/^https?:\/\//.test(value) && !key.startsWith('@xmlns')) out.push({ file, where: key, raw: value, url: new URL(value) });
  }
  return out;
}

/** The file of dist a same-origin URL is served from, or why there is none. */
function fileFor(url: URL): { file?: string; problem?: string } {
  if (!url.pathname.startsWith(BASE)) return { problem: `outside the base path ${BASE}` };
  const rest = decodeURIComponent(url.pathname.slice(BASE.length));
  const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  return existsSync(join(DIST, file)) ? { file } : { problem: `no file ${file} in dist` };
}

describe('a site built under the sub-path /zhuanti/2024/jiangjin/', () => {
  let found: Found[] = [];
  beforeAll(async () => {
    const files = (await listFiles(DIST)).filter((f) => /\.(html|xml|webmanifest)$/.test(f) || f === 'robots.txt');
    found = files.flatMap((file) => {
      const text = readFileSync(join(DIST, file), 'utf8');
      if (file.endsWith('.html')) return urlsInHtml(text, file, servedAt(file));
      if (file.endsWith('.xml')) return urlsInXml(text, file);
      if (file.endsWith('.webmanifest')) {
        return strings(JSON.parse(text)).filter(([k]) => URL_KEYS.has(k))
          .map(([k, raw]) => ({ file, where: k, raw, url: new URL(raw, servedAt(file)) }));
      }
      return [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => ({ file, where: 'Sitemap', raw: m[1]!, url: new URL(m[1]!) }));
    });
  });

  it('finds the URLs of every kind it must check', () => {
    const has = (test: (f: Found) => boolean) => found.some(test);
    expect(has((f) => f.where === 'link' && f.file === 'rss.xml')).toBe(true);
    expect(has((f) => f.where === 'loc' && f.file.startsWith('sitemap'))).toBe(true);
    expect(has((f) => f.where === '<link href>' && f.url.pathname.endsWith('.css'))).toBe(true);
    expect(has((f) => f.where === '<meta og:image>' && f.url.pathname.includes('/cards/'))).toBe(true);
    expect(has((f) => f.where === 'JSON-LD url' && f.url.hash === '#highlight-10')).toBe(true);
    expect(has((f) => f.where === 'Sitemap')).toBe(true);
    expect(found.length).toBeGreaterThan(100);
  });

  it('resolves every same-site URL to a file in dist, inside the base path', () => {
    const broken = found
      .filter((f) => f.url.origin === ORIGIN)
      .map((f) => ({ ...f, ...fileFor(f.url) }))
      .filter((f) => f.problem)
      .map((f) => `${f.file} ${f.where} "${f.raw}": ${f.problem}`);
    expect(broken).toEqual([]);
  });

  it('leaves no URL on another origin except links the content itself makes', () => {
    const foreign = found.filter((f) => f.url.origin !== ORIGIN && !(f.where === '<a href>' && f.url.protocol === 'https:'));
    expect(foreign.map((f) => `${f.file} ${f.where} ${f.raw}`)).toEqual([]);
  });

  it('points every fragment at an element id that exists in the target page', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const $ = cheerio.load(readFileSync(join(DIST, file), 'utf8'));
        ids.set(file, new Set($('[id]').map((_, e) => e.attribs.id).get()));
      }
      return ids.get(file)!;
    };
    const fragments = found.filter((f) => f.url.origin === ORIGIN && f.url.hash);
    expect(fragments.length).toBeGreaterThan(10);
    const missing = fragments
      .map((f) => ({ ...f, target: fileFor(f.url).file }))
      .filter((f) => !f.target || !idsOf(f.target).has(decodeURIComponent(f.url.hash.slice(1))))
      .map((f) => `${f.file} ${f.where} "${f.raw}"`);
    expect(missing).toEqual([]);
  });

  it('writes the 404 page with root-relative or absolute URLs only, since it is served at any depth', () => {
    const relative = found.filter((f) => f.file === '404.html' && !/^(\/|https?:|#)/.test(f.raw));
    expect(relative.map((f) => `${f.where} ${f.raw}`)).toEqual([]);
    expect(found.filter((f) => f.file === '404.html' && f.where === '<link href>').length).toBeGreaterThan(0);
  });
});
