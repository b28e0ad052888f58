// The cards drawn ahead (from index.md files alone, before Astro has synced content) must be the
// cards the card route asks for (from the whole page model): any difference is a card drawn twice.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsFromFiles } from '@/lib/share-card/early-cards';
import { siteCards } from '@/lib/share-card/page-cards';
import { SITE, localesWith, readContentSettings } from '@/site.config';
import { ROOT } from '../support';
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
