// The page's grid in real Chromium, measured with bounding boxes on the built main site: header
// bar, article and footer share one column; key-figure values in a row share a top and keep
// their units; the compact index lets highlight 1 start within two screens on a phone; the
// section footer keeps 返回目录 in one place; the type scale; A4 print with URL and publisher.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAt, useServedSite } from './site-pages';

const served = useServedSite('main');
const EDITIONS = [{ edition: 'zh-hans', path: '' }, { edition: 'zh-hant', path: 'zh-hant/' }, { edition: 'en', path: 'en/' }];
const WIDTHS = [320, 360, 414, 768, 1280];

const open = (width: number, path: string, name: string, check: (page: Page) => Promise<void>) => openAt(served, width, path, name, check);

/** Left edge of the first character of `selector`'s text (where its text starts), in px. */
function textStart(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const node = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(node, node.textContent!.search(/\S/));
    range.setEnd(node, node.textContent!.search(/\S/) + 1);
    return range.getBoundingClientRect().left;
  });
}

describe.each(EDITIONS)('$edition', ({ edition, path }) => {
  it.each([768, 1280])('at %i px the brand bar, the article and the footer start and end on one column (±2 px)', async (width) => {
    await open(width, path, `column-${edition}-${width}`, async (page) => {
      const body = await textStart(page, '.highlight-body p');
      for (const selector of ['.brand', '.masthead h1', '.credits li', '.footer-source']) {
        expect(Math.abs((await textStart(page, selector)) - body), `${selector} starts at the article's left edge`).toBeLessThanOrEqual(2);
      }
      const right = async (selector: string) => page.$eval(selector, (el) => el.getBoundingClientRect().right);
      const column = await right('.highlight-body');
      expect(Math.abs((await right('.lang-switcher li:last-child')) - column), 'the switcher ends at the column edge').toBeLessThanOrEqual(2);
      expect(Math.abs((await right('.site-footer')) - (await right('main')))).toBeLessThanOrEqual(2);
    });
  });

  it.each([360, 768, 1280])('at %i px key-figure values in a row share a top (±3 px), units stay beside their values, and no card sits alone', async (width) => {
    await open(width, path, `figures-${edition}-${width}`, async (page) => {
      const groups = await page.$$eval('.figures', (lists) => lists.map((list) => [...list.querySelectorAll(':scope > div')].map((fig) => {
        const box = fig.getBoundingClientRect();
        // The value is the <dd>'s own text; the unit is its span that is not the qualifier.
        const dd = fig.querySelector('dd')!;
        const texts = [...dd.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
        const range = document.createRange();
        range.setStartBefore(texts[0]!);
        range.setEndAfter(texts.at(-1)!);
        const value = range.getBoundingClientRect();
        const unitEl = dd.querySelector(':scope > span:not(.figure-qualifier)');
        // The unit's first line: a long English unit may wrap after its first word.
        const unit = unitEl?.getClientRects()[0];
        const inkRight = Math.max(value.right, ...[...(unitEl?.getClientRects() ?? [])].map((r) => r.right));
        return { row: Math.round(box.top), valueTop: value.top, valueBottom: value.bottom, valueRight: value.right, unitLeft: unit?.left, unitBottom: unit?.bottom, inkRight, cardRight: box.right };
      })));
      expect(groups.length).toBe(10);
      for (const figures of groups) {
        const rows = new Map<number, typeof figures>();
        for (const f of figures) rows.set(f.row, [...(rows.get(f.row) ?? []), f]);
        const perRow = [...rows.values()].map((r) => r.length);
        expect(perRow.every((n) => n === perRow[0]), `cards per row ${perRow.join('/')}`).toBe(true);
        for (const row of rows.values()) {
          const tops = row.map((f) => f.valueTop);
          expect(Math.max(...tops) - Math.min(...tops), 'value tops in one row').toBeLessThanOrEqual(3);
        }
        for (const f of figures) {
          expect(f.inkRight, 'value and unit inside the card').toBeLessThanOrEqual(f.cardRight + 0.5);
          if (f.unitLeft === undefined) continue;
          // Same line: the unit's bottom sits on the value's line, right after the value.
          expect(Math.abs(f.unitBottom! - f.valueBottom), 'unit on the value’s line').toBeLessThanOrEqual(8);
          expect(f.unitLeft).toBeGreaterThanOrEqual(f.valueRight - 1);
        }
      }
    });
  });

  it.each(WIDTHS)('at %i px does not scroll sideways', async (width) => {
    await open(width, path, `overflow-${edition}-${width}`, async (page) => {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  });

  it('at 360×800 starts highlight 1 within two screens (two and a half in English)', async () => {
    await open(360, path, `index-height-${edition}`, async (page) => {
      const top = await page.$eval('#highlight-01', (s) => s.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThanOrEqual(800 * (edition === 'en' ? 2.5 : 2));
    });
  });

  it('at 360 px keeps “copy link” and “back to contents” on one row, 返回目录 at the same place in every section', async () => {
    await open(360, path, `section-nav-${edition}`, async (page) => {
      const navs = await page.$$eval('.highlight > p:last-child', (els) => els.map((nav) => {
        const copy = nav.querySelector('.permalink')!.getBoundingClientRect();
        const back = nav.querySelector(':scope > a:last-child')!.getBoundingClientRect();
        return { copyTop: copy.top, backTop: back.top, backRight: back.right, copyHeight: copy.height, backHeight: back.height };
      }));
      expect(navs).toHaveLength(10);
      for (const n of navs) {
        expect(Math.abs(n.copyTop - n.backTop), 'one row').toBeLessThanOrEqual(1);
        expect(Math.min(n.copyHeight, n.backHeight), 'tap target height').toBeGreaterThanOrEqual(40);
      }
      expect(new Set(navs.map((n) => Math.round(n.backRight))).size, 'back link right edges').toBe(1);
    });
  });

  it('at 360 px has a clear type scale: h1 ≥ 1.4 × h2, lede larger than body text', async () => {
    await open(360, path, `type-scale-${edition}`, async (page) => {
      const size = (selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
      expect((await size('h1')) / (await size('.highlight h2'))).toBeGreaterThanOrEqual(1.4);
      expect(await size('.lede p')).toBeGreaterThan(await size('.highlight-body p'));
    });
  });

  it('prints on A4, never parts a highlight label from its title, and prints the URL and the publisher', async () => {
    await open(1280, path, `print-${edition}`, async (page) => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.$$eval('.highlight h2', (hs) => [...new Set(hs.map((h) => getComputedStyle(h).breakInside))])).toEqual(['avoid']);
      const url = await page.$eval('.site-footer .print-only', (p) => (p.checkVisibility() ? p.textContent : ''));
      expect(url).toContain(`${new URL(page.url()).pathname.replace(/^\//, '')}`);
      expect(url).toMatch(/https?:\/\//);
      expect(await page.$eval('.masthead .source', (s) => s.checkVisibility())).toBe(true);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const boxes = [...new Set([...pdf.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number).map(Math.round).join(' ')))];
      // A4 is 595.28 × 841.89 pt (Letter would be 612 × 792).
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(['0 0 595 842', '0 0 596 842', '0 0 595 841', '0 0 596 843']).toContain(box);
    });
  });
});
