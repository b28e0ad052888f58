import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { figureValue, loadHtml, siteDir, visibleText } from '../support';
import { launchBrowser } from '../support/browser';
import { serveDist } from '../support/serve';

const SOURCE = readFileSync(join(import.meta.dirname, '../fixtures/source/jiangjin-2024-02-07.txt'), 'utf8');
const LINES = SOURCE.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const HEADING = /^亮点([一二三四五六七八九十]+)[:：](.+)$/;
const SOURCE_LINE = /^来源[:：]\s*(.+?)[\s\u00a0]+(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
/**
 * Whitespace may differ (line wraps, no-break spaces), and the page sets the source's half-width
 * `, : ; ? ! ( )` full-width next to Han characters (display only): NFKC maps them back, so
 * comparing NFKC forms checks that nothing else changed.
 */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0]+/g, '');
/** ASCII , : ; ? ! ( ) touching a Han character: what Chinese typesetting sets full-width. */
const HALF_WIDTH_BY_HAN = /\p{Script=Han}[ ]*[,:;?!()]|[,:;?!()][ ]*\p{Script=Han}/gu;

describe('the Chinese article page (dist/index.html)', () => {
  let $: CheerioAPI;
  let text: string;
  beforeAll(async () => {
    $ = await loadHtml(join(siteDir('main'), 'index.html'));
    text = squash(visibleText($));
  });

  it('is in Simplified Chinese', () => expect($('html').attr('lang')).toBe('zh-Hans'));

  it('shows the headline as the only h1', () => {
    expect($('h1')).toHaveLength(1);
    expect(squash($('h1').text())).toBe(squash(LINES[0]!));
  });

  it('shows the source and the date as Chinese readers write it, with a machine-readable offset', () => {
    const [, source, y, m, d, hh, mm] = LINES.find((l) => SOURCE_LINE.test(l))!.match(SOURCE_LINE)!;
    expect(visibleText($)).toContain(`来源：${source}`);
    const time = $('.masthead time');
    expect(time.attr('datetime')).toBe(`${y}-${m}-${d}T${hh}:${mm}:00+08:00`);
    expect(time.text()).toBe(`${y}年${Number(m)}月${Number(d)}日 ${hh}:${mm}`);
  });

  it('keeps every paragraph of the source, word for word', () => {
    const body = LINES.slice(1).filter((l) => !SOURCE_LINE.test(l) && !HEADING.test(l));
    expect(body.length).toBeGreaterThan(15);
    const missing = body.filter((l) => !text.includes(squash(l)));
    expect(missing).toEqual([]);
  });

  it('keeps every highlight heading, with its 亮点 label, in its own section heading', () => {
    const headings = LINES.filter((l) => HEADING.test(l)).map((l) => l.match(HEADING)!);
    expect(headings).toHaveLength(10);
    headings.forEach(([, numeral, title], i) => {
      const h2 = squash($(`#highlight-${String(i + 1).padStart(2, '0')} h2`).text());
      expect(h2).toBe(squash(`亮点${numeral}:${title}`));
    });
  });

  it('keeps every number of the source', () => {
    const numbers = [...SOURCE.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
    const pageNumbers = new Set([...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]));
    const datetime = $('.masthead time').attr('datetime') ?? '';
    expect(numbers.filter((n) => !pageNumbers.has(n) && !datetime.includes(n))).toEqual([]);
  });

  it('has ten highlight sections with stable ids, none empty, each with a way back to the index', () => {
    const sections = $('section.highlight');
    expect(sections.map((_, s) => $(s).attr('id')).get()).toEqual(
      Array.from({ length: 10 }, (_, i) => `highlight-${String(i + 1).padStart(2, '0')}`),
    );
    sections.each((_, s) => {
      expect($(s).find('.highlight-body').text().trim().length).toBeGreaterThan(50);
      expect($(s).find('a[href="#contents"]')).toHaveLength(1);
    });
    expect($('#contents')).toHaveLength(1);
  });

  it('indexes all ten highlights, and every index link resolves to a section', () => {
    const links = $('.toc a').map((_, a) => $(a).attr('href')).get();
    expect(links).toHaveLength(10);
    for (const href of links) expect($(href.replace(/^#/, '[id="') + '"]')).toHaveLength(1);
    expect(squash($('.toc li').first().text())).toContain('亮点一');
  });

  it('shows each highlight’s key figures apart from the body text', () => {
    $('section.highlight').each((_, s) => {
      const values = $(s).find('.figures dd').map((_, v) => figureValue($, v)).get();
      expect(values.length).toBeGreaterThan(0);
    });
    expect(figureValue($, $('#highlight-09 .figures dd').get(0)!)).toBe('4523');
  });

  it('gives photo captions with their credits, and no stand-in picture', () => {
    const captions = $('.photos').text();
    expect(squash(captions)).toContain('鼎山街道供图');
    expect(squash(captions)).toContain('记者袁孝椿摄');
    expect($('img')).toHaveLength(0);
  });

  it('ends with the credits block as printed', () => {
    const footer = squash($('footer.site-footer').text());
    for (const line of ['本版文字由通讯员王豪提供', '编辑:蒲泽熙', '编审:肖彦']) expect(footer).toContain(line);
  });

  it('shows no ASCII , : ; ? ! ( ) next to a Han character (set full-width for display), yet the Markdown keeps them', () => {
    expect(visibleText($).match(HALF_WIDTH_BY_HAN) ?? []).toEqual([]);
    expect($('title').text() + $('.lede').text()).toContain('，');
    expect(readFileSync(join(import.meta.dirname, '../../content/jiangjin-theme-education-2024/zh-hans/index.md'), 'utf8')).toMatch(HALF_WIDTH_BY_HAN);
  });

  it('keeps a number with its measure word or unit on one line (`7万余册`, `4.3亿元`)', () => {
    const bound = $('.highlight-body span:not([lang])').map((_, n) => $(n).text()).get();
    expect(bound.length).toBeGreaterThan(30);
    expect(bound).toContain('4.3亿元');
  });

  it('needs no JavaScript to read: with JavaScript off, every paragraph and heading of the source shows', async () => {
    // Scripts only enhance: none blocks parsing (deferred or a module).
    $('script[src]').each((_, s) => expect($(s).attr('defer') !== undefined || $(s).attr('type') === 'module').toBe(true));
    const [browser, server] = await Promise.all([launchBrowser(), serveDist(siteDir('main'))]);
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.url);
      // Proof that JavaScript is off: a script put into the page does not run.
      await page.setContent('<p id="probe">off</p><script>document.getElementById("probe").textContent = "on"</script>');
      expect(await page.textContent('#probe')).toBe('off');
      await page.goto(server.url);
      // innerText holds only what is rendered, so text hidden until a script runs would be missing.
      const shown = squash(await page.evaluate(() => document.body.innerText));
      const lines = LINES.slice(1).filter((l) => !SOURCE_LINE.test(l));
      expect(lines.length).toBeGreaterThan(25);
      expect(lines.filter((l) => !shown.includes(squash(l.replace(HEADING, '$2'))))).toEqual([]);
      await context.close();
    } finally {
      await Promise.all([browser.close(), server.close()]);
    }
  });
});

describe('a kicker from content (two-articles fixture: `kicker: 专题` in index.md)', () => {
  it('is printed above the headline when the article has one, and only then', async () => {
    const $ = await loadHtml(join(siteDir('two-articles'), 'index.html'));
    expect($('.masthead > .kicker').text()).toBe('专题');
    expect($('.masthead > .kicker').next().is('h1')).toBe(true);
    const older = await loadHtml(join(siteDir('two-articles'), 'older-report/index.html'));
    expect(older('.kicker')).toHaveLength(0);
  });
});
