import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listFiles, loadHtml, siteDir } from '../support';
import { loadRealPages } from './real-pages';

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
    // Named by the root article, in a flat folder per locale (cardPath).
    expect(cards).toEqual(['cards/en/jiangjin-theme-education-2024.png', 'cards/jiangjin-theme-education-2024.png', 'cards/zh-hant/jiangjin-theme-education-2024.png']);
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

// The unit card tests draw from loadRealPages() (real-pages.ts); that is only worth something if
// it gives the pages the build made. The page shows display punctuation (full-width next to Han),
// so text is compared in NFKC form.
describe('the pages the card tests draw from (loadRealPages) are the pages the build made', () => {
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const all = loadRealPages();
  const pages = all.filter((p) => !p.isAlias);

  it('has one page per built article page (aliases too), with the same paths', async () => {
    const built = (await listFiles(dist, '.html')).filter((f) => f !== '404.html');
    expect(all.map((p) => `${p.path}index.html`).sort()).toEqual(built.sort());
  });

  it.each(pages.map((p) => [`${p.path}index.html`, p] as const))('%s: same headline, highlight titles, key figures and credits', async (file, page) => {
    const $ = await loadHtml(join(dist, file));
    expect(squash($('h1').text())).toBe(squash(page.meta.headline));
    const sections = $('section.highlight').get();
    expect(sections.map((s) => squash($(s).find('.highlight-title').text()))).toEqual(page.highlights.map((h) => squash(h.title)));
    expect(sections.map((s) => $(s).find('.figures dt').map((_, t) => squash($(t).text())).get()))
      .toEqual(page.highlights.map((h) => h.figures.map((f) => squash(f.label))));
    expect(page.highlights.flatMap((h) => h.figures).length).toBeGreaterThan(0);
    expect(page.meta.credits.length).toBeGreaterThan(0);
    const footer = squash($('footer.site-footer').text());
    for (const c of page.meta.credits) expect(footer).toContain(squash(c.name));
  });
});

