// Every page of the main site in real Chromium, at a phone and a desktop width, in light and
// dark: WCAG 2.2 A/AA by axe-core, no sideways scrolling, a working skip link, visible focus,
// and a print layout without navigation.
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser';
import { listSitePages, onPage, type SitePage, useServedSite } from './site-pages';

const SITE = 'main';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [{ width: 360, height: 800 }, { width: 1280, height: 800 }];
const SCHEMES = ['light', 'dark'] as const;
const MODES = VIEWPORTS.flatMap((viewport) => SCHEMES.map((colorScheme) => ({ viewport, colorScheme })));

const pages = await listSitePages(SITE);
const articles = pages.filter((p) => p.isArticle);

const served = useServedSite(SITE);

/** Whether the focused element draws a focus indicator (an outline or a box-shadow). */
async function focusIndicator(page: Page): Promise<{ selector: string; outline: string; boxShadow: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = `${style.outlineStyle} ${style.outlineWidth}`;
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return { selector: `${el.tagName.toLowerCase()}.${el.className}`, outline, boxShadow: style.boxShadow, visible: hasOutline || hasShadow };
  });
}

it('finds the pages of the main site to test, every locale and the 404 page', () => {
  expect(articles.length).toBeGreaterThanOrEqual(2);
  expect(new Set(articles.map((p) => p.lang)).size).toBeGreaterThanOrEqual(2);
  expect(pages.map((p) => p.file)).toContain('404.html');
});

describe.each(MODES)('at $viewport.width×$viewport.height in $colorScheme mode', ({ viewport, colorScheme }) => {
  let context: BrowserContext;
  const mode = `${viewport.width}-${colorScheme}`;
  beforeAll(async () => {
    context = await served.browser.newContext({ viewport, colorScheme });
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Opens a page in this mode and runs `check` on it, with a screenshot if it fails. */
  const open = (p: SitePage, name: string, check: (page: Page) => Promise<void>) =>
    onPage(context, served.server.url + p.path, `${name}-${p.file}-${mode}`, check);

  it.each(pages)('$label has no WCAG 2.2 A/AA violations (axe-core)', async (p) => {
    await open(p, 'axe', async (page) => {
      // Legacy mode runs axe in the page itself instead of opening a helper page per run: about
      // half the time, and these pages have no frames for the newer mode to reach into.
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
      const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')}`);
      expect(report, report.join('\n')).toEqual([]);
    });
  });

  it.each(pages)('$label does not scroll sideways', async (p) => {
    await open(p, 'overflow', async (page) => {
      const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
        const root = document.documentElement;
        // Name the culprits, so a failure says what to fix.
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      expect(scrollWidth, `wider than the viewport: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
      // Full-page pictures of the Chinese article, for a person to look at (not compared).
      if (p.file === 'index.html') await saveScreenshot(page, `zh-hans-${mode}`);
    });
  });

  it.each(articles)('$label: the skip link is hidden until the first Tab reaches it, visibly focused, and Enter moves focus into #main', async (p) => {
    await open(p, 'skip-link', async (page) => {
      // Until it is focused, not a pixel of the skip link shows.
      expect(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().bottom), 'skip link hidden above the page').toBeLessThanOrEqual(0);
      await page.keyboard.press('Tab');
      const first = await focusIndicator(page);
      expect(first.selector).toMatch(/^a\..*skip-link/);
      expect(first.visible, `focus indicator of the skip link: outline ${first.outline}, box-shadow ${first.boxShadow}`).toBe(true);
      expect(await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }), 'the focused skip link is on screen').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#main') !== null)).toBe(true);
      expect(new URL(page.url()).hash).toBe('#main');
    });
  });

  it.each(articles)('$label: an index link reached by keyboard shows a focus indicator', async (p) => {
    await open(p, 'focus-visible', async (page) => {
      let inIndex = false;
      for (let i = 0; i < 40 && !inIndex; i++) {
        await page.keyboard.press('Tab');
        inIndex = await page.evaluate(() => document.activeElement?.matches('.toc a[href^="#"]') ?? false);
      }
      expect(inIndex, 'Tab reaches the index').toBe(true);
      const focus = await focusIndicator(page);
      expect(focus.visible, `focus indicator of ${focus.selector}: outline ${focus.outline}, box-shadow ${focus.boxShadow}`).toBe(true);
    });
  });

  it.each(articles)('$label prints without the header, index and section navigation', async (p) => {
    await open(p, 'print', async (page) => {
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => ['.site-header', '.toc', '.highlight > p:last-child'].map((selector) => {
        const els = [...document.querySelectorAll(selector)];
        return { selector, count: els.length, visible: els.filter((el) => el.checkVisibility()).length };
      }));
      for (const s of shown) {
        expect(s.count, `${s.selector} exists on screen`).toBeGreaterThan(0);
        expect(s.visible, `${s.selector} printed`).toBe(0);
      }
      // The article itself still prints.
      expect(await page.locator('section.highlight').first().isVisible()).toBe(true);
    });
  });
});
