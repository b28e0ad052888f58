import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardPath } from '@/lib/routes';
import { listFiles, loadHtml, siteDir } from '../support';

const dist = siteDir('main');

/**
 * Every canonical article page of the built site (a page with highlight sections) and its
 * section ids. The root article's alias at /<article-id>/ points its canonical and cards at `/`.
 */
async function articlePages(): Promise<{ path: string; anchors: string[] }[]> {
  const pages = [];
  for (const file of await listFiles(dist, '.html')) {
    const $ = await loadHtml(join(dist, file));
    const anchors = $('section.highlight').map((_, s) => $(s).attr('id')).get();
    const path = file.replace(/(^|\/)index\.html$/, '$1');
    const canonical = new URL($('link[rel=canonical]').attr('href') ?? 'x:', 'https://invalid/').pathname;
    if (canonical !== `/${path}`) continue;
    if (anchors.length) pages.push({ path: file.replace(/(^|\/)index\.html$/, '$1'), anchors });
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
  const pages = await articlePages();
  const expected = pages.flatMap((p) => [cardPath(p.path), ...p.anchors.map((a) => cardPath(p.path, a))]).sort();

  it('finds the article pages of every locale', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['', 'en/', 'zh-hant/']));
  });

  it('has exactly one card per page and one per highlight of each page, in every locale', async () => {
    const cards = (await listFiles(join(dist, 'cards'), '.png')).map((f) => `cards/${f}`);
    expect(cards).toEqual(expected);
    expect(cards.length).toBe(pages.reduce((n, p) => n + 1 + p.anchors.length, 0));
  });

  it('makes every card a 1200×630 PNG that is not blank (varied pixels, many colours)', async () => {
    for (const file of expected) {
      const png = await readFile(join(dist, file));
      const image = sharp(png);
      const meta = await image.metadata();
      expect([meta.format, meta.width, meta.height], file).toEqual(['png', 1200, 630]);
      const stats = await image.stats();
      // A flat card has a standard deviation near 0; text and the red rule push it well above.
      expect(Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev)), file).toBeGreaterThan(20);
      // Antialiased text gives hundreds of shades; a blank or single-colour image has one or two.
      expect(await distinctColours(png), file).toBeGreaterThan(50);
    }
  });

  it('draws a different image for every card of a page (each says its own title)', async () => {
    for (const page of pages) {
      const files = [cardPath(page.path), ...page.anchors.map((a) => cardPath(page.path, a))];
      const hashes = await Promise.all(files.map(async (f) => createHash('sha256').update(await readFile(join(dist, f))).digest('hex')));
      expect(new Set(hashes).size, page.path).toBe(files.length);
    }
  });
});
