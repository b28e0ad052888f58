// A highlight's permalink: a plain link to the section without JavaScript; with JavaScript and a
// clipboard, it copies the section's URL and says so in the section's status line.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support';
import { launchBrowser, withScreenshotOnFailure } from '../support/browser';
import { serveDist, type StaticServer } from '../support/serve';
import { siteBasePath } from './site-pages';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(siteDir('main'), siteBasePath('main'))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the permalink of a highlight', () => {
  it('copies the section URL to the clipboard and announces it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await withScreenshotOnFailure(page, 'permalink-copy', async () => {
      await page.goto(server.url);
      await page.click('#highlight-03 a.permalink');
      await expect.poll(() => page.textContent('#highlight-03 .copy-status')).toBe('已复制本节链接');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${server.url}#highlight-03`);
      expect(new URL(page.url()).hash).toBe('#highlight-03');
    });
    await context.close();
  });

  it('is a plain link to the section without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.click('#highlight-03 a.permalink');
    expect(new URL(page.url()).hash).toBe('#highlight-03');
    await context.close();
  });
});
