// Review screenshots of a built site in Debian Chromium with Noto CJK (not a test): every article
// edition at phone-to-desktop widths, light and dark, plus a print PDF per edition. Also prints
// the layout figures the review tracks (where highlight 1 starts, single-character line ends).
// Usage: npx tsx tests/review/screenshots.ts <dist> <out-dir>   (CHROME_PATH defaults to /usr/bin/chromium)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../support/serve';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: tsx tests/review/screenshots.ts <dist> <out-dir>');
// ONLY=en,zh-hans WIDTHS=360,1280 narrow a run down.
const WIDTHS = (process.env.WIDTHS ?? '320,360,414,768,1280').split(',').map(Number);
const EDITIONS = ([['zh-hans', ''], ['zh-hant', 'zh-hant/'], ['en', 'en/']] as const)
  .filter(([name]) => !process.env.ONLY || process.env.ONLY.split(',').includes(name));

await mkdir(out, { recursive: true });
const server = await serveDist(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [name, path] of EDITIONS) {
    for (const width of WIDTHS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(server.url + path);
        await page.screenshot({ path: join(out, `${name}-${width}-${colorScheme}-top.png`) });
        if (colorScheme === 'light') {
          await page.screenshot({ path: join(out, `${name}-${width}-light-full.png`), fullPage: true });
          // Screen-sized slices of the whole page, readable at full size.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height; y += 800, n++) {
            const clip = { x: 0, y, width, height: Math.min(800, height - y) };
            await page.screenshot({ path: join(out, `${name}-${width}-light-part${String(n).padStart(2, '0')}.png`), fullPage: true, clip });
          }
          const start = await page.evaluate(() => document.getElementById('highlight-01')?.getBoundingClientRect().top);
          console.log(`${name} ${width}px: highlight 1 at y=${Math.round(start ?? -1)} (${((start ?? 0) / 800).toFixed(2)} screens)`);
        }
        await context.close();
      }
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.pdf({ path: join(out, `${name}-print.pdf`), preferCSSPageSize: true });
    // The print style as a picture (A4 width at 96 dpi), since the PDF cannot be viewed here.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, `${name}-print-full.png`), fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
