// Chinese typography in real Chromium, measured on the built main site: no heading, label or
// index line holds a single Han character at phone widths (lines found from Range rects, one per
// character), Chinese names inside English stay on one line, Traditional pages are set in a
// Traditional face first, and headings trim a leading opening quote.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { singleCharacterLines } from '../support/line-measures';
import { openAt, useServedSite } from './site-pages';

const served = useServedSite('main');
const CHINESE = [{ edition: 'zh-hans', path: '' }, { edition: 'zh-hant', path: 'zh-hant/' }];
const PHONES = [320, 360, 414];
/** Headings, labels and index entries: where a one-character line reads as a mistake. */
const HEADINGS = 'h1, h2, .highlight h2 > span:first-child, .toc-list a, .figures dt';

const open = (width: number, path: string, check: (page: Page) => Promise<void>, name: string) => openAt(served, width, path, name, check);


describe.each(CHINESE)('$edition', ({ edition, path }) => {
  it.each(PHONES)(`at %i px no heading, label or index line holds a single Han character`, async (width) => {
    await open(width, path, async (page) => {
      const lines = await page.evaluate((sel) => document.querySelectorAll(sel).length, HEADINGS);
      expect(lines, 'headings measured').toBeGreaterThan(40);
      expect(await singleCharacterLines(page, HEADINGS)).toEqual([]);
    }, `widows-${edition}-${width}`);
  });

  it('sets headings with a leading opening quote trimmed (text-spacing-trim)', async () => {
    await open(360, path, async (page) => {
      const trims = await page.$$eval('h1, h2, .toc-list a', (els) => [...new Set(els.map((el) => getComputedStyle(el).getPropertyValue('text-spacing-trim')))]);
      expect(trims).toEqual(['trim-start']);
    }, `trim-${edition}`);
  });
});

it('keeps the measuring honest: a heading forced to one character a line is caught', async () => {
  await open(360, '', async (page) => {
    await page.addStyleTag({ content: '#highlight-01-title { width: 1.2em; word-break: normal; }' });
    expect((await singleCharacterLines(page, '#highlight-01-title')).length).toBeGreaterThan(5);
  }, 'widows-control');
});

it.each(PHONES)('keeps Chinese names inside English text on one line at %i px', async (width) => {
  await open(width, 'en/', async (page) => {
    const names = await page.$$eval('.highlight-body:lang(en) span[lang|="zh"], .lede:lang(en) span[lang|="zh"]', (spans) =>
      spans.map((s) => ({ text: s.textContent, lines: s.getClientRects().length })));
    expect(names.length, 'Chinese names in the English text').toBeGreaterThan(0);
    expect(names.filter((n) => n.lines !== 1)).toEqual([]);
  }, `names-en-${width}`);
});

describe.each(CHINESE)('$edition numbers and their units', ({ edition, path }) => {
  it.each(PHONES)('stay on one line at %i px (the body\'s <span>s without lang, src/lib/markdown/cjk-number-units.ts)', async (width) => {
    await open(width, path, async (page) => {
      const runs = await page.$$eval(':is(.lede, .highlight-body) span:not([lang])', (spans) =>
        spans.map((s) => ({ text: s.textContent, lines: s.getClientRects().length })));
      expect(runs.length, 'number-unit runs').toBeGreaterThan(30);
      expect(runs.filter((r) => r.lines !== 1)).toEqual([]);
    }, `number-units-${edition}-${width}`);
  });

  it('keeps the measuring honest: with the spans\' nowrap undone, some number parts from its unit at 320 px', async () => {
    await open(320, path, async (page) => {
      await page.addStyleTag({ content: ':is(.lede, .highlight-body) span:not([lang]) { white-space: normal !important; }' });
      const split = await page.$$eval(':is(.lede, .highlight-body) span:not([lang])', (spans) => spans.filter((s) => s.getClientRects().length > 1).length);
      expect(split).toBeGreaterThan(0);
    }, `number-units-control-${edition}`);
  });

  it('copy and find-in-page get the text exactly: nothing added around a number and its unit', async () => {
    await open(360, path, async (page) => {
      const { copied, text, found } = await page.evaluate(() => {
        const body = document.querySelector('#highlight-07 .highlight-body')!;
        getSelection()!.selectAllChildren(body);
        const copied = getSelection()!.toString();
        getSelection()!.removeAllRanges();
        // A run split by the span (约 outside, 4.3亿元 inside) is still found as one string.
        const amount = /[约約]4\.3[亿億]元/.exec(body.textContent ?? '')![0];
        return { copied, text: body.textContent ?? '', found: (window as unknown as { find(s: string): boolean }).find(`${amount}`) };
      });
      expect(copied.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      expect(copied).toMatch(/[约約]4\.3[亿億]元/);
      expect(text).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/u);
      expect(found).toBe(true);
    }, `number-units-copy-${edition}`);
  });
});

describe('fonts per script', () => {
  /** The font family list of the h1 and the face Chromium actually drew its text with. */
  async function fontsOf(page: Page): Promise<{ stack: string[]; drawn: string[] }> {
    const stack = await page.$eval('h1', (h) => getComputedStyle(h).fontFamily.split(',').map((f) => f.trim().replace(/^"|"$/g, '')));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1 .headline-part' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return { stack, drawn: fonts.map((f) => f.familyName) };
  }

  it('sets zh-Hant in Traditional Chinese faces first, never a Simplified one before them', async () => {
    await open(360, 'zh-hant/', async (page) => {
      const { stack, drawn } = await fontsOf(page);
      expect(stack[0]).toBe('PingFang TC');
      const firstSimplified = stack.findIndex((f) => /\bSC$/.test(f));
      const notoTc = stack.indexOf('Noto Sans CJK TC');
      expect(notoTc).toBeGreaterThan(-1);
      expect(firstSimplified === -1 || firstSimplified > notoTc).toBe(true);
      // Where a CJK face is installed (Debian chromium with fonts-noto-cjk), it is the TC one.
      expect(drawn.filter((f) => /CJK (SC|JP|KR)\b/.test(f))).toEqual([]);
    }, 'font-zh-hant');
  });

  it('keeps zh-Hans in Simplified faces', async () => {
    await open(360, '', async (page) => {
      const { stack, drawn } = await fontsOf(page);
      expect(stack[0]).toBe('PingFang SC');
      expect(drawn.filter((f) => /CJK (TC|HK|JP|KR)\b/.test(f))).toEqual([]);
    }, 'font-zh-hans');
  });
});
