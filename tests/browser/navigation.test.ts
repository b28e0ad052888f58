// Moving around an article in real Chromium, at a phone and a desktop width, in light and dark:
// every index link brings its highlight into view and into the URL, and the language switcher
// keeps the reader at the same highlight in the other language.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSitePages, onPage, type SitePage, useServedSite } from './site-pages';

const SITE = 'main';
const VIEWPORTS = [{ width: 360, height: 800 }, { width: 1280, height: 800 }];
const SCHEMES = ['light', 'dark'] as const;
const MODES = VIEWPORTS.flatMap((viewport) => SCHEMES.map((colorScheme) => ({ viewport, colorScheme })));
const SECTION = 'highlight-05';
const POLL = { timeout: 5_000 };

const articles = (await listSitePages(SITE)).filter((p) => p.isArticle);

const served = useServedSite(SITE);

it('finds the article pages of the main site to test, one per locale', () => {
  expect(new Set(articles.map((p) => p.lang))).toEqual(new Set(['zh-Hans', 'en', 'zh-Hant']));
});

/** Where the top of an element is, relative to the viewport. */
function sectionTop(page: Page, id: string): Promise<{ top: number; height: number } | null> {
  return page.evaluate((sectionId) => {
    const el = document.getElementById(sectionId);
    return el ? { top: el.getBoundingClientRect().top, height: innerHeight } : null;
  }, id);
}

/** True when the section's top edge is inside the viewport. */
async function topInView(page: Page, id: string): Promise<boolean> {
  const box = await sectionTop(page, id);
  return box !== null && box.top >= 0 && box.top < box.height;
}

describe.each(MODES)('at $viewport.width×$viewport.height in $colorScheme mode', ({ viewport, colorScheme }) => {
  let context: BrowserContext;
  const mode = `${viewport.width}-${colorScheme}`;
  beforeAll(async () => {
    // Reduced motion: the stylesheet then jumps instead of smooth-scrolling, so each of the
    // many clicks below settles at once (where the page lands is the same either way).
    context = await served.browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await context?.close();
  });

  const open = (p: SitePage, name: string, url: string, check: (page: Page) => Promise<void>) =>
    onPage(context, url, `${name}-${p.file}-${mode}`, check);

  it.each(articles)('$label: each index link scrolls its highlight into view and puts it in the URL', async (p) => {
    await open(p, 'index-links', served.server.url + p.path, async (page) => {
      const links = page.locator('.toc a[href^="#"]');
      const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets).toEqual(p.sections);
      for (const [i, id] of targets.entries()) {
        // Start from the top each time, so every link has to scroll the page.
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await links.nth(i).click();
        await expect.poll(() => new URL(page.url()).hash, { ...POLL, message: `URL after clicking the link to #${id}` }).toBe(`#${id}`);
        await expect.poll(() => topInView(page, id), { ...POLL, message: `#${id} in view after clicking its index link` }).toBe(true);
      }
    });
  });

  it.each(articles)(`$label: the language switcher opened at #${SECTION} lands on the other language at the same highlight`, async (p) => {
    const links = p.languageLinks.map((href) => new URL(href, served.server.url + p.path).href);
    expect(links.length, 'links to other languages').toBeGreaterThan(0);
    for (const [i, href] of links.entries()) {
      await open(p, `lang-switch-${i}`, `${served.server.url}${p.path}#${SECTION}`, async (page) => {
        await expect.poll(() => topInView(page, SECTION), { ...POLL, message: `#${SECTION} in view before switching` }).toBe(true);
        await Promise.all([
          page.waitForURL((url) => url.pathname === new URL(href).pathname),
          page.locator('.lang-switcher a').nth(i).click(),
        ]);
        await page.waitForLoadState('load');
        expect(page.url(), 'the other language keeps the highlight in the URL').toBe(`${href}#${SECTION}`);
        await expect.poll(() => topInView(page, SECTION), { ...POLL, message: `#${SECTION} in view after switching to ${href}` }).toBe(true);
      });
    }
  });
});
