// News metadata of the built Jiangjin site: JSON-LD NewsArticle, Open Graph, Twitter/X,
// canonical and hreflang, checked against the Markdown content they come from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CheerioAPI } from 'cheerio';
import { SITE } from '@/site.config';
import { listFiles, loadHtml, siteDir } from '../support';

const DIST = siteDir('main');
const ORIGIN = 'https://example.org';
const ARTICLE = 'jiangjin-theme-education-2024';
const CONTENT = join(import.meta.dirname, '../../content', ARTICLE);
const ANCHORS = Array.from({ length: 10 }, (_, i) => `highlight-${String(i + 1).padStart(2, '0')}`);

/** Frontmatter of a content file, parsed as YAML (timestamps as strings, the way they are written). */
function frontmatter(file: string): Record<string, any> {
  const raw = readFileSync(file, 'utf8');
  return parse(raw.split(/^---\s*$/m)[1]!, { schema: 'failsafe' });
}

/**
 * The editions the article must have, from the content and the site config (not from dist/, so a
 * missing page fails): a locale written as files has its folder, a converted one has its source's.
 */
const hasEdition = (code: string): boolean => {
  const locale = SITE.locales.find((l) => l.code === code)!;
  return locale.source.kind === 'files' ? existsSync(join(CONTENT, code, 'index.md')) : hasEdition(locale.source.from);
};
const EDITIONS = SITE.locales.filter((l) => hasEdition(l.code)).map(({ code, lang }) => {
  const path = code === SITE.defaultLocale ? '' : `${code}/`;
  return { path, lang, locale: code, file: `${path}index.html`, url: `${ORIGIN}/${path}` };
});

it('checks the three editions the content and config give: zh-Hans and en written, zh-Hant converted', () => {
  expect(EDITIONS.map((e) => e.lang)).toEqual(['zh-Hans', 'en', 'zh-Hant']);
});

function jsonLd($: CheerioAPI): any {
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text());
}
const meta = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).map((_, m) => $(m).attr('content')).get();

describe('JSON-LD NewsArticle of every article page', () => {
  it('is present on every article page and absent from the 404 page', async () => {
    const pages = (await listFiles(DIST, '.html')).filter((f) => f !== '404.html');
    expect(pages.length).toBeGreaterThanOrEqual(EDITIONS.length);
    for (const file of pages) expect(jsonLd(await loadHtml(join(DIST, file)))['@type'], file).toBe('NewsArticle');
    const notFound = await loadHtml(join(DIST, '404.html'));
    expect(notFound('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it.each(EDITIONS)('$file agrees with what the page shows: headline, language, dates, sections', async ({ file, lang, url }) => {
    const $ = await loadHtml(join(DIST, file));
    const data = jsonLd($);
    expect(data['@context']).toBe('https://schema.org');
    expect(data.headline).toBe($('h1').text());
    expect(data.inLanguage).toBe(lang);
    expect(data.url).toBe(url);
    expect(data.mainEntityOfPage['@id']).toBe(url);
    expect(data.description).toBe($('meta[name="description"]').attr('content'));
    expect(data.datePublished).toBe($('.masthead time').attr('datetime'));
    expect(data.datePublished).toMatch(/^2024-02-07T09:36:00\+08:00$/);
    expect(data.dateModified).toMatch(/\+08:00$/);
    expect(data.hasPart.map((p: any) => p.url)).toEqual(ANCHORS.map((a) => `${url}#${a}`));
    expect(data.hasPart.map((p: any) => p.position)).toEqual(ANCHORS.map((_, i) => i + 1));
    expect(data.hasPart.map((p: any) => p.name)).toEqual($('section.highlight .highlight-title').map((_, t) => $(t).text()).get());
    expect(data.hasPart.every((p: any) => p['@type'] === 'WebPageElement')).toBe(true);
    expect(data.publisher['@type']).toBe('Organization');
    expect(data.publisher.logo.url).toBe(`${ORIGIN}/icons/icon-512.png`);
    expect(data.image[0]).toMatchObject({ '@type': 'ImageObject', url: `${ORIGIN}/cards/${file.replace('index.html', '')}${ARTICLE}.png`, width: 1200, height: 630 });
  });

  it('carries the Chinese content: headline, publisher, the ten highlight titles, photo credits and people', async () => {
    const article = frontmatter(join(CONTENT, 'zh-hans/index.md'));
    const data = jsonLd(await loadHtml(join(DIST, 'index.html')));
    expect(data.headline).toBe(article.headline);
    expect(data.publisher.name).toBe('江津融媒体中心');
    expect(data.publisher.name).toBe(article.source);
    const titles = ANCHORS.map((_, i) => frontmatter(join(CONTENT, `zh-hans/${String(i + 1).padStart(2, '0')}.md`)).title);
    expect(data.hasPart.map((p: any) => p.name)).toEqual(titles);
    // Both photos of the source have captions and credits but no file: data without a contentUrl.
    expect(data.associatedMedia).toEqual(article.photos.map((p: any) => expect.objectContaining({ '@type': 'ImageObject', caption: p.caption, creditText: p.credit })));
    expect(data.associatedMedia.map((m: any) => m.creditText)).toEqual(['鼎山街道供图', '记者 袁孝椿 摄']);
    expect(data.associatedMedia.some((m: any) => 'contentUrl' in m)).toBe(false);
    expect(data.author).toEqual([{ '@type': 'Person', name: '王豪', jobTitle: '通讯员' }]);
    expect(data.editor.map((p: any) => [p.name, p.jobTitle])).toEqual([['蒲泽熙', '编辑'], ['肖彦', '编审']]);
  });

  it('names the author in every edition (Wang Hao in English, 王豪 in Chinese)', async () => {
    for (const { file, locale } of EDITIONS) {
      const data = jsonLd(await loadHtml(join(DIST, file)));
      expect(data.author.map((a: any) => a.name), file).toEqual([locale === 'en' ? 'Wang Hao' : '王豪']);
    }
  });
});

describe('Open Graph, Twitter/X, canonical and hreflang', () => {
  it.each(EDITIONS)('$file has article Open Graph tags with the share card and +08:00 times', async ({ file, url }) => {
    const $ = await loadHtml(join(DIST, file));
    const card = `${ORIGIN}/cards/${file.replace('index.html', '')}${ARTICLE}.png`;
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect(meta($, 'og:type')).toEqual(['article']);
    expect(meta($, 'og:url')).toEqual([url]);
    expect(meta($, 'og:title')).toEqual([$('h1').text()]);
    expect(meta($, 'og:description')).toEqual([$('meta[name="description"]').attr('content')]);
    expect(meta($, 'og:site_name')).toEqual([jsonLd($).publisher.name]);
    expect($('.site-footer').text()).toContain(jsonLd($).publisher.name);
    expect(meta($, 'og:image')).toEqual([card]);
    expect(meta($, 'og:image:width')).toEqual(['1200']);
    expect(meta($, 'og:image:height')).toEqual(['630']);
    expect(meta($, 'og:image:alt')[0]).toBeTruthy();
    expect(meta($, 'article:published_time')).toEqual(['2024-02-07T09:36:00+08:00']);
    expect(meta($, 'article:modified_time')[0]).toMatch(/\+08:00$/);
    expect(meta($, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta($, 'twitter:image')).toEqual([card]);
  });

  it.each(EDITIONS)('$file offers hreflang and og:locale:alternate only for editions that exist', async ({ file, lang }) => {
    const $ = await loadHtml(join(DIST, file));
    const hreflang = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, l) => [[$(l).attr('hreflang'), $(l).attr('href')]]).get());
    expect(Object.keys(hreflang).sort()).toEqual([...EDITIONS.map((e) => e.lang), 'x-default'].sort());
    for (const edition of EDITIONS) expect(hreflang[edition.lang]).toBe(edition.url);
    expect(hreflang['x-default']).toBe(`${ORIGIN}/`);
    const ogLocales: Record<string, string> = { 'zh-Hans': 'zh_CN', en: 'en_US', 'zh-Hant': 'zh_TW' };
    expect(meta($, 'og:locale')).toEqual([ogLocales[lang]]);
    expect(meta($, 'og:locale:alternate').sort()).toEqual(EDITIONS.filter((e) => e.lang !== lang).map((e) => ogLocales[e.lang]).sort());
  });

  it('points the alias copy of the root article at the root as canonical', async () => {
    const $ = await loadHtml(join(DIST, ARTICLE, 'index.html'));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}/`);
    expect(meta($, 'og:url')).toEqual([`${ORIGIN}/`]);
    expect(jsonLd($).url).toBe(`${ORIGIN}/`);
  });

  it('links each page to the RSS feed of its own locale', async () => {
    for (const { file, path } of EDITIONS) {
      const $ = await loadHtml(join(DIST, file));
      const feeds = $('link[rel="alternate"][type="application/rss+xml"]');
      expect(feeds, file).toHaveLength(1);
      expect(feeds.attr('href')).toBe(`${ORIGIN}/${path}rss.xml`);
      expect(feeds.attr('title')).toBeTruthy();
    }
  });
});
