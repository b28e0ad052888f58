// A Hong Kong edition (the extra-locale fixture, lang="zh-Hant-HK") is set in Hong Kong faces
// first, so its glyph forms are the ones Hong Kong readers learned.
import { expect, it } from 'vitest';
import { useServedSite } from './site-pages';

const served = useServedSite('extra-locale');

it('sets zh-Hant-HK in HK faces first, Traditional (TC) next, never a Simplified face before them', async () => {
  const page = await served.browser.newPage();
  try {
    await page.goto(`${served.server.url}zh-hk/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant-HK');
    const stack = await page.$eval('h1', (h) => getComputedStyle(h).fontFamily.split(',').map((f) => f.trim().replace(/^"|"$/g, '')));
    expect(stack[0]).toBe('PingFang HK');
    expect(stack.indexOf('Noto Sans CJK HK')).toBeLessThan(stack.indexOf('Noto Sans CJK TC'));
    expect(stack.some((f) => /\bSC$/.test(f))).toBe(false);
  } finally {
    await page.close();
  }
});
