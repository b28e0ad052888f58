import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getStrings } from '@/i18n';
import { loadCardFonts } from '@/lib/share-card/card-font';
import { CARD_SIZE, cardText, layoutCard } from '@/lib/share-card/card-layout';
import { createCardPool, requireCards, writeCards } from '@/lib/share-card/card-pool';
import { renderCardPng } from '@/lib/share-card/card-render.mjs';
import { pageCard } from '@/lib/share-card/page-cards';
import { SITE } from '@/site.config';
import { ROOT } from '../support';
import { useTempCacheDir } from '../support/temp-cache';
import { loadRealPages } from './real-pages';

const markSvg = await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8');

describe('card worker pool', () => {
  const cards = loadRealPages().filter((p) => !p.isAlias).map((p) => pageCard(p, getStrings(p.locale.code), SITE.timeZone));

  it('draws on worker threads the same palette PNG as drawing in the build process', async () => {
    const fonts = loadCardFonts();
    const pool = createCardPool(2);
    try {
      const pooled = await pool.drawMany(cards.map((c) => ({ tree: layoutCard(c.content, markSvg), text: cardText(c.content) }))) as Buffer[];
      for (const [i, card] of cards.entries()) {
        const local = await renderCardPng(layoutCard(card.content, markSvg), CARD_SIZE, fonts);
        expect(pooled[i]!.equals(local), card.path).toBe(true);
        const meta = await sharp(pooled[i]!).metadata();
        // IHDR colour type (byte 25 of a PNG) 3 = indexed colour: a palette PNG.
        expect([meta.format, meta.width, meta.height, pooled[i]![25]], card.path).toEqual(['png', 1200, 630, 3]);
      }
    } finally {
      await pool.close();
    }
  });

  it('draws a batch on one thread, and a card that cannot be drawn fails alone', async () => {
    const pool = createCardPool(1);
    try {
      const good = { tree: layoutCard(cards[0]!.content, markSvg), text: cardText(cards[0]!.content) };
      const broken = { tree: { type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'img', props: { src: 'data:image/png;base64,AAAA', width: 10, height: 10 } }] } }, text: '' };
      const [first, second, third] = await pool.drawMany([good, broken, good]);
      expect(first).toBeInstanceOf(Buffer);
      expect(second).toBeInstanceOf(Error);
      expect((third as Buffer).equals(first as Buffer)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('draws a later card with characters the first cards lacked: its threads get a larger font subset', async () => {
    const fonts = loadCardFonts();
    const pool = createCardPool(1);
    try {
      const [first, later] = [cards[0]!.content, { ...cards[0]!.content, title: '區委書記「以學促幹」 Jiangjin’s 10 highlights' }];
      const [firstPng] = await pool.drawMany([{ tree: layoutCard(first, markSvg), text: cardText(first) }]);
      const [laterPng] = await pool.drawMany([{ tree: layoutCard(later, markSvg), text: cardText(later) }]);
      expect((firstPng as Buffer).equals(await renderCardPng(layoutCard(first, markSvg), CARD_SIZE, fonts))).toBe(true);
      expect((laterPng as Buffer).equals(await renderCardPng(layoutCard(later, markSvg), CARD_SIZE, fonts))).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('a build\'s cards put into the output (requireCards, writeCards)', () => {
  const folder = useTempCacheDir('card-write-');

  it('links each cached card into the output once: a second page with the same card gets a copy', async () => {
    const [card] = loadRealPages().filter((p) => !p.isAlias).map((p) => pageCard(p, getStrings(p.locale.code), SITE.timeZone));
    const twin = { ...card!, path: 'cards/en/twin.png' };
    requireCards([card!, twin], markSvg);
    const out = join(folder(), 'dist');
    expect(await writeCards(out)).toBe(2);
    const [first, second] = [join(out, card!.path), join(out, twin.path)];
    expect((await readFile(second)).equals(await readFile(first))).toBe(true);
    expect(statSync(first).nlink).toBe(2);
    expect(statSync(second).nlink).toBe(1);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});

