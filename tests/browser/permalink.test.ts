// A highlight's permalink: a plain link to the section without JavaScript; with JavaScript and a
// clipboard, it copies the section's URL and says so in the section's status line.
import { describe, expect, it } from 'vitest';
import { withScreenshotOnFailure } from '../support/browser';
import { useServedSite } from './site-pages';

const served = useServedSite('main');

describe('the permalink of a highlight', () => {
  it('copies the section URL to the clipboard and announces it', async () => {
    const context = await served.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await withScreenshotOnFailure(page, 'permalink-copy', async () => {
      await page.goto(served.server.url);
      await page.click('#highlight-03 a.permalink');
      await expect.poll(() => page.textContent('#highlight-03 .copy-status')).toBe('已复制本节链接');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${served.server.url}#highlight-03`);
      expect(new URL(page.url()).hash).toBe('#highlight-03');
    });
    await context.close();
  });

  it('is a plain link to the section without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.server.url);
    await page.click('#highlight-03 a.permalink');
    expect(new URL(page.url()).hash).toBe('#highlight-03');
    await context.close();
  });
});
