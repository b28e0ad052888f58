// The language switcher keeps the reader's place in real Chromium: it follows the section in
// view as the reader scrolls (not only index clicks), it stays on screen while reading (a sticky
// bar), and without JavaScript it is a plain link to the other edition's top.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withScreenshotOnFailure } from '../support/browser';
import { useServedSite } from './site-pages';

const served = useServedSite('main');
const POLL = { timeout: 5_000 };

async function open(options: { width: number; javaScriptEnabled?: boolean }, name: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await served.browser.newContext({
    viewport: { width: options.width, height: 800 }, javaScriptEnabled: options.javaScriptEnabled ?? true, reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  try {
    await page.goto(served.server.url);
    await withScreenshotOnFailure(page, name, () => check(page));
  } finally {
    await context.close();
  }
}

/** Scrolls down a screen at a time, as a reader would, until the section's top is near the top. */
async function readUntil(page: Page, id: string): Promise<void> {
  const target = await page.$eval(`#${id}`, (s) => s.getBoundingClientRect().top + scrollY - 80);
  for (let y = 0; y < target; y += 700) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), Math.min(y + 700, target));
    // One frame per step, as scrolling gives the page's scroll handler.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await expect.poll(() => page.$eval(`#${id}`, (s) => s.getBoundingClientRect().top), POLL).toBeLessThan(200);
}

const switchTo = async (page: Page, hreflang: string) => Promise.all([
  page.waitForURL((url) => url.pathname.endsWith('/en/')),
  page.click(`.lang-switcher a[hreflang="${hreflang}"]`),
]);

describe.each([360, 1280])('at %i px', (width) => {
  it('after scrolling to highlight 8 (no index used), the switcher opens /en/ at highlight 8', async () => {
    await open({ width }, `switch-scrolled-${width}`, async (page) => {
      await readUntil(page, 'highlight-08');
      const bar = await page.$eval('.lang-switcher', (s) => s.getBoundingClientRect());
      expect(bar.top >= 0 && bar.bottom <= 800, 'the switcher is on screen while reading').toBe(true);
      await switchTo(page, 'en');
      expect(new URL(page.url()).hash).toBe('#highlight-08');
      await expect.poll(() => page.$eval('#highlight-08', (s) => s.getBoundingClientRect().top), POLL).toBeLessThan(200);
    });
  });

  it('after an index click to highlight 5 and reading on to highlight 8, it opens highlight 8, not 5', async () => {
    await open({ width }, `switch-after-index-${width}`, async (page) => {
      await page.click('.toc a[href="#highlight-05"]');
      await expect.poll(() => new URL(page.url()).hash, POLL).toBe('#highlight-05');
      await readUntil(page, 'highlight-08');
      await switchTo(page, 'en');
      expect(new URL(page.url()).hash).toBe('#highlight-08');
    });
  });

  it('back at the top, above the first section, it opens the other edition at its top', async () => {
    await open({ width }, `switch-top-${width}`, async (page) => {
      await readUntil(page, 'highlight-03');
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await expect.poll(() => page.$eval('.lang-switcher a[hreflang="en"]', (a) => new URL((a as HTMLAnchorElement).href).hash), POLL).toBe('');
    });
  });
});

it('without JavaScript the switcher is a plain link to the other edition', async () => {
  await open({ width: 360, javaScriptEnabled: false }, 'switch-no-js', async (page) => {
    // (No animation frames run without JavaScript: one jump instead of reading screen by screen.)
    await page.$eval('#highlight-08', (s) => s.scrollIntoView());
    await switchTo(page, 'en');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('#highlight-01').count()).toBe(1);
  });
});
