import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listFiles, loadHtml, siteDir } from '../support';

const dist = siteDir('main');

/** Bytes a card may weigh: 1,000 articles × 2 locales stay near 60 MB of cards (issue 12). */
const CARD_BUDGET = 40 * 1024;

/** Every page of the built site with the card its og:image names (a path below the site root). */
async function pagesWithCards(): Promise<{ page: string; card: string }[]> {
  const pages = [];
  for (const file of await listFiles(dist, '.html')) {
    if (file === '404.html') continue;
    const $ = await loadHtml(join(dist, file));
    const image = $('meta[property="og:image"]').attr('content');
    pages.push({ page: file, card: image ? new URL(image).pathname.replace(/^\//, '') : '' });
  }
  return pages;
}

/** Distinct RGB colours of an image. */
async function distinctColours(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += info.channels) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return colours.size;
}

describe('share cards of the built site', async () => {
  const pages = await pagesWithCards();
  const cards = [...new Set(pages.map((p) => p.card))].sort();

  it('names a card in the og:image of every page of every locale', () => {
    expect(pages.map((p) => p.page)).toEqual(expect.arrayContaining(['index.html', 'en/index.html', 'zh-hant/index.html']));
    for (const { page, card } of pages) expect(card, page).toMatch(/^cards\/.+\.png$/);
  });

  it('has exactly the cards the pages name: one per canonical page and locale, none besides', async () => {
    const built = (await listFiles(join(dist, 'cards'), '.png')).map((f) => `cards/${f}`);
    expect(built).toEqual(cards);
    expect(cards).toEqual(['cards/en/index.png', 'cards/index.png', 'cards/zh-hant/index.png']);
  });

  it(`keeps every card a 1200×630 PNG within ${CARD_BUDGET / 1024} KB that is not blank (varied pixels, many colours)`, async () => {
    for (const file of cards) {
      const png = await readFile(join(dist, file));
      expect((await stat(join(dist, file))).size, file).toBeLessThanOrEqual(CARD_BUDGET);
      const image = sharp(png);
      const meta = await image.metadata();
      expect([meta.format, meta.width, meta.height], file).toEqual(['png', 1200, 630]);
      const stats = await image.stats();
      // A flat card has a standard deviation near 0; text and the red rule push it well above.
      expect(Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev)), file).toBeGreaterThan(20);
      // Antialiased text gives dozens of shades even in a palette PNG; a blank image has one or two.
      expect(await distinctColours(png), file).toBeGreaterThan(50);
    }
  });

  it('draws a different image for every locale (each says its own headline)', async () => {
    const hashes = await Promise.all(cards.map(async (f) => createHash('sha256').update(await readFile(join(dist, f))).digest('hex')));
    expect(new Set(hashes).size).toBe(cards.length);
  });
});
