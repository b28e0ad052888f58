// The review's layout figures for a built site, in Debian Chromium with Noto CJK (not a test):
// one-character heading lines at phone widths, ASCII punctuation next to Han characters, footer
// and switcher offsets from the article column, key-figure value tops per row, where highlight 1
// starts. Run it on two builds to compare them in one run.
// Usage: npx tsx tests/review/measure.ts <dist>
import { chromium, type Page } from 'playwright-core';
import { serveDist } from '../support/serve';
import { singleCharacterLines } from '../support/line-measures';

const [dist] = process.argv.slice(2);
if (!dist) throw new Error('usage: tsx tests/review/measure.ts <dist>');
const server = await serveDist(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function at(width: number, path: string, run: (page: Page) => Promise<unknown>): Promise<unknown> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(server.url + path);
  try { return await run(page); } finally { await page.close(); }
}

const singleLines = async (page: Page) => (await singleCharacterLines(page, 'h1, h2, .highlight h2 > span:first-child, .toc-list a, .figures dt, .permalink')).length;

for (const [edition, path] of [['zh-hans', ''], ['zh-hant', 'zh-hant/'], ['en', 'en/']] as const) {
  if (edition !== 'en') {
    const widows = [];
    for (const w of [320, 360, 414]) widows.push(`${w}px ${await at(w, path, singleLines)}`);
    console.log(`${edition}: one-character heading/label/index lines: ${widows.join(', ')}`);
    console.log(`${edition}: ASCII , : ; ? ! ( ) next to a Han character: ${await at(360, path, (p) => p.evaluate(() => (document.body.innerText.match(/\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/gu) ?? []).length))}`);
  }
  console.log(`${edition}: at 1280 px footer text − article text left edge: ${await at(1280, path, (p) => p.evaluate(() => {
    const [footer, body] = ['.credits li', '.highlight-body p'].map((sel) => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector(sel)!);
      return r.getClientRects()[0]!.left;
    });
    return Math.round(footer! - body!);
  }))} px`);
  for (const w of [360, 1280]) {
    console.log(`${edition}: at ${w} px largest spread of key-figure value tops within a row: ${await at(w, path, (p) => p.evaluate(() => {
      let worst = 0;
      for (const list of document.querySelectorAll('.figures')) {
        const rows = new Map<number, number[]>();
        for (const fig of list.querySelectorAll(':scope > div')) {
          const row = Math.round(fig.getBoundingClientRect().top);
          // The value is the <dd>'s own text (the unit and qualifier are its spans).
          const value = document.createRange();
          const dd = fig.querySelector('dd')!;
          value.selectNodeContents(dd);
          const texts = [...dd.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
          value.setStartBefore(texts[0]!);
          value.setEndAfter(texts.at(-1)!);
          rows.set(row, [...(rows.get(row) ?? []), value.getBoundingClientRect().top]);
        }
        for (const tops of rows.values()) worst = Math.max(worst, Math.max(...tops) - Math.min(...tops));
      }
      return Math.round(worst);
    }))} px`);
  }
  console.log(`${edition}: at 360×800 highlight 1 starts at y = ${await at(360, path, (p) => p.$eval('#highlight-01', (s) => Math.round(s.getBoundingClientRect().top + scrollY)))}`);
}
await browser.close();
await server.close();
