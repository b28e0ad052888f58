// Size and loading budgets, asserted on the build output: the Chinese article arrives in the
// first round trip (HTML + CSS ≤ 14 KB brotli), nothing else blocks the first paint, it reads
// completely without JavaScript, and no image shifts the layout when it loads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownBody } from '@/lib/content/markdown-body';
import { normalizeBasePath } from '@/lib/model/routes';
import { ROOT, listFiles, loadHtml, siteDir } from '../support';
import { launchBrowser, withScreenshotOnFailure } from '../support/browser';
import { serveDist, type StaticServer } from '../support/serve';
import { SITES } from '../support/sites';

const SITE = 'main';
const PAGE = 'index.html';
/** About ten TCP segments: what a server can send before the first acknowledgement. */
const FIRST_ROUND_TRIP = 14 * 1024;

const brotli = (data: Buffer): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;

/** The stylesheets a page links, as files in dist/. */
async function linkedStylesheets(dist: string, file: string): Promise<string[]> {
  const $ = await loadHtml(join(dist, file));
  const base = normalizeBasePath(SITES[SITE]?.env?.BASE_PATH);
  return $('link[rel~="stylesheet"]').map((_, l) => {
    const path = new URL($(l).attr('href')!, `https://site.invalid${base}${file}`).pathname;
    return path.slice(base.length);
  }).get();
}

describe('the Chinese article page (index.html of the main site)', () => {
  const dist = siteDir(SITE);

  it('fits HTML plus its CSS in 14 KB brotli (quality 11), the first round trip', async () => {
    const html = await readFile(join(dist, PAGE));
    const sheets = await linkedStylesheets(dist, PAGE);
    const css = await Promise.all(sheets.map((s) => readFile(join(dist, s))));
    const figures = {
      html: { raw: html.length, brotli: brotli(html) },
      css: { raw: css.reduce((n, c) => n + c.length, 0), brotli: css.reduce((n, c) => n + brotli(c), 0) },
    };
    const total = figures.html.brotli + figures.css.brotli;
    console.log(
      `[budget] ${PAGE}: HTML ${figures.html.raw} B raw / ${figures.html.brotli} B brotli; ` +
      `CSS (${sheets.join(', ') || 'none'}) ${figures.css.raw} B raw / ${figures.css.brotli} B brotli; ` +
      `total ${total} B brotli of ${FIRST_ROUND_TRIP} B budget`,
    );
    expect(total).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  });

  it('links one stylesheet, which imports nothing further', async () => {
    const sheets = await linkedStylesheets(dist, PAGE);
    expect(sheets).toHaveLength(1);
    for (const sheet of sheets) expect(await readFile(join(dist, sheet), 'utf8')).not.toMatch(/@import\b/);
  });

  it('has no render-blocking script in <head> (every script there is async, defer, a module or data)', async () => {
    const $ = await loadHtml(join(dist, PAGE));
    const blocking = $('head script').filter((_, s) => {
      const type = ($(s).attr('type') ?? '').trim().toLowerCase();
      // JSON-LD and other data blocks are never executed, so they block nothing.
      const executable = type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
      const deferred = $(s).is('[async], [defer]') || type === 'module';
      return executable && !deferred;
    });
    expect(blocking.map((_, s) => $.html(s).slice(0, 120)).get()).toEqual([]);
  });
});

// Output size at archive scale (issue 12): every page, feed item and editor collection repeats
// its markup, so a few hundred bytes here are megabytes at 1,000 articles. Figures of the main
// site (one real article, 2026-12-01): the page 36,022 B raw (22,118 B markup) before the
// Twitter tags that repeat Open Graph and the per-link copy message went, 35,216 B (21,312 B)
// after; the editor config 22,883 B for 11 collections written out in full, 9,832 B aliased.
// Then 31,432 B (17,528 B) once key figures, index and section parts lost their per-element
// classes and the number-unit spans theirs (global.css selects them by structure).
describe('bytes that every article repeats', () => {
  const dist = siteDir(SITE);
  /** The article page's raw bytes and, of them, the markup (all but the text a reader sees). */
  async function pageBytes() {
    const html = await readFile(join(dist, PAGE), 'utf8');
    const text = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '');
    return { raw: Buffer.byteLength(html), markup: Buffer.byteLength(html) - Buffer.byteLength(text) };
  }

  it('keeps the Chinese article page within 31.5 KB raw, its markup within 17.5 KB', async () => {
    const { raw, markup } = await pageBytes();
    console.log(`[budget] ${PAGE}: ${raw} B raw, of which ${markup} B markup`);
    expect(raw).toBeLessThanOrEqual(31.5 * 1024);
    expect(markup).toBeLessThanOrEqual(17.5 * 1024);
  });

  it('writes the editor\'s field lists once (YAML aliases): config.yml under 1 KB per collection', async () => {
    const yaml = await readFile(join(dist, 'admin/config.yml'), 'utf8');
    const collections = (yaml.match(/^ {2}- folder: /gm) ?? []).length;
    console.log(`[budget] admin/config.yml: ${Buffer.byteLength(yaml)} B for ${collections} collections`);
    expect(collections).toBeGreaterThan(1);
    expect(yaml).toMatch(/\*a\d+/);
    expect(Buffer.byteLength(yaml)).toBeLessThanOrEqual(collections * 1024);
  });

  it('sends feed readers no span only the site stylesheet styles', async () => {
    const feed = await readFile(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('content:encoded');
    // The number-unit span has no class (src/lib/markdown/cjk-number-units.ts): any span without
    // lang in the Chinese feed would be one; the page has ~40 (tests/site/article-page.test.ts).
    expect(feed).toMatch(/\d+(&lt;wbr&gt;)?[个次名项]/);
    expect(feed).not.toMatch(/(&lt;|<)span(&gt;|>)/);
  });
});

describe("Astro's content store (bundled into the build as one string, issue 12)", () => {
  it('keeps rendered HTML but no Markdown source, which the pages and feeds read from the files', async () => {
    // Bodies were 27 of the store's 72 MB at 1,000 articles and ~330 MB of the build's peak memory.
    const store = await readFile(join(siteDir(SITE), '../cache/data-store.json'), 'utf8');
    expect(store).toContain('"rendered":');
    expect(store).not.toContain('"body":');
    // …and the text still reaches the feed, rendered from the file's Markdown.
    const body = markdownBody(await readFile(join(ROOT, SITES[SITE]!.contentDir, 'jiangjin-theme-education-2024/zh-hans/01.md'), 'utf8'));
    const words = /[\u4e00-\u9fff]{8,}/.exec(body)?.[0];
    expect(words).toBeDefined();
    expect(await readFile(join(siteDir(SITE), 'rss.xml'), 'utf8')).toContain(words);
  });
});

describe('reading without JavaScript', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchBrowser(),
      serveDist(siteDir(SITE), normalizeBasePath(SITES[SITE]?.env?.BASE_PATH)),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows all ten highlights of the Chinese article, with their text, when JavaScript is off', async () => {
    const $ = await loadHtml(join(siteDir(SITE), PAGE));
    // What each section must show: its title and the start of its first paragraph, from the build.
    const expected = $('section.highlight').map((_, s) => ({
      id: $(s).attr('id')!,
      title: $(s).find('.highlight-title').text().trim(),
      opening: $(s).find('.highlight-body p').first().text().trim().slice(0, 20),
    })).get();
    expect(expected).toHaveLength(10);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await withScreenshotOnFailure(page, 'no-js-index.html', async () => {
        const shown = await page.evaluate(() => [...document.querySelectorAll('section.highlight')].map((s) => ({
          id: s.id,
          visible: s.checkVisibility() && (s as HTMLElement).offsetHeight > 0,
          text: (s as HTMLElement).innerText,
        })));
        expect(shown.map((s) => s.id)).toEqual(expected.map((e) => e.id));
        for (const [i, s] of shown.entries()) {
          expect(s.visible, `${s.id} visible`).toBe(true);
          expect(s.text, `${s.id} title`).toContain(expected[i]!.title);
          expect(s.text, `${s.id} body`).toContain(expected[i]!.opening);
        }
      });
    } finally {
      await context.close();
    }
  });
});

describe('images', () => {
  it('every <img> on every built site declares width and height (no layout shift when it loads)', async () => {
    let seen = 0;
    const missing: string[] = [];
    for (const [name, spec] of Object.entries(SITES)) {
      if (spec.expectFailure) continue;
      for (const file of await listFiles(siteDir(name), '.html')) {
        const $ = await loadHtml(join(siteDir(name), file));
        $('img').each((_, img) => {
          seen++;
          const w = $(img).attr('width');
          const h = $(img).attr('height');
          if (!(w && h && Number(w) > 0 && Number(h) > 0)) missing.push(`${name}/${file}: ${$.html(img).slice(0, 160)}`);
        });
      }
    }
    // The two-articles fixture has a photo, so this check always has pictures to look at.
    expect(seen, 'images found across the test sites').toBeGreaterThan(0);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
