// The cards drawn ahead (from index.md files alone, before Astro has synced content) must be the
// cards the card route asks for (from the whole page model): any difference is a card drawn twice.
import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { areCardsCached, markCardsCached } from '@/lib/share-card/card-cache';
import { cardsFromFiles, earlyCardInputs } from '@/lib/share-card/early-cards';
import { siteCards } from '@/lib/share-card/page-cards';
import { SITE, localesWith, readContentSettings } from '@/site.config';
import { ROOT } from '../support';
import { useTempCacheDir } from '../support/temp-cache';
import { loadRealPages } from './real-pages';

/**
 * The real content and fixture sites of the built-in locales: a second article, articles whose
 * source is not Chinese, hostile text. (Sites with extra locales need their dictionaries loaded
 * for their own content folder, which only a process started for that site does.)
 */
const CONTENT_DIRS = ['content', 'tests/fixtures/sites/two-articles', 'tests/fixtures/sites/source-locales', 'tests/fixtures/sites/hostile'];

describe('cards drawn ahead of the build (cardsFromFiles)', () => {
  it.each(CONTENT_DIRS)('%s: the same cards, path and content, as the full page model gives', (dir) => {
    const contentDir = join(ROOT, dir);
    const { settings } = readContentSettings(contentDir);
    const site = { ...SITE, contentDir, locales: localesWith(settings), rootArticle: settings.rootArticle };
    const expected = siteCards(loadRealPages(contentDir, site), site.timeZone);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(cardsFromFiles(site)).toEqual(expected);
  });
});

describe('a rebuild whose cards are all in the cache skips drawing ahead (earlyCardInputs, areCardsCached)', () => {
  const folder = useTempCacheDir('early-cards-');
  let contentDir = '';
  beforeAll(async () => {
    contentDir = join(folder(), 'content');
    await cp(join(ROOT, 'tests/fixtures/sites/two-articles'), contentDir, { recursive: true });
  });

  it('keys the inputs on every index.md, every dictionary and the site config, not on highlights', async () => {
    const site = { ...SITE, contentDir };
    const first = earlyCardInputs(site);
    expect(earlyCardInputs(site)).toBe(first);
    await appendFile(join(contentDir, 'older-report/zh-hans/01.md'), '\n又一句。\n');
    expect(earlyCardInputs(site)).toBe(first);
    await appendFile(join(contentDir, 'older-report/zh-hans/index.md'), '\n又一句。\n');
    const edited = earlyCardInputs(site);
    expect(edited).not.toBe(first);
    await cp(join(ROOT, 'tests/fixtures/sites/third-language/dictionary.fr.json'), join(contentDir, 'dictionary.fr.json'));
    expect(earlyCardInputs(site)).not.toBe(edited);
    expect(earlyCardInputs({ ...site, timeZone: 'Asia/Taipei' })).not.toBe(earlyCardInputs(site));
  });

  it('says the cards are cached only for the inputs a build marked', async () => {
    const inputs = earlyCardInputs({ ...SITE, contentDir });
    expect(areCardsCached(inputs)).toBe(false);
    await markCardsCached(inputs);
    expect(areCardsCached(inputs)).toBe(true);
    expect(areCardsCached(`${inputs}x`)).toBe(false);
  });
});

