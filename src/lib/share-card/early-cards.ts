// The share cards a build will need, known before Astro has synced its content store: from the
// articles' index.md files alone (a card says headline, description, source and date, all from
// index.md). Drawing them starts while Astro is still starting up and bundling — time in which
// one core would otherwise be idle — and the card route later finds them drawn or in progress
// (card-cache.ts). A card that comes out different here (it should not: a unit test holds these
// equal to the cards of the full page model) is only drawn again by the route: never wrong, only slower.
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_GLOB } from '@/lib/content/content-path';
import { readArticleFiles } from '@/lib/content/read-articles';
import { hashSiteInputs } from '@/lib/model/render-cache-key';
import { buildPages } from '@/lib/model/site-model';
import { cachedConversions } from '@/lib/zh/conversion-cache';
import { addEditions, makeConverter } from '@/lib/zh/derived-locale';
import type { SiteConfig } from '@/site.config';
import { siteCards, type PageCard } from './page-cards';

/**
 * Every card of the site in `site.contentDir`, from its index.md files. Conversions to derived
 * editions are read from the build's conversion cache but not saved: the page model saves the
 * whole site's, and this subset would overwrite them.
 */
export function cardsFromFiles(site: Pick<SiteConfig, 'contentDir' | 'locales' | 'defaultLocale' | 'rootArticle' | 'timeZone'>): PageCard[] {
  // A card says headline, source and date: the lede, photos and credits are left out, so a
  // derived edition converts only what the card shows (and finds it in the conversion cache).
  const articles = readArticleFiles(site.contentDir, site.locales)
    .map((a) => ({ ...a, ledeText: '', ledeMarkdown: '', ledeHtml: '', description: undefined, photos: [], credits: [] }));
  const conversions = cachedConversions(makeConverter);
  const editions = addEditions({ articles, highlights: [] }, site.locales, site.defaultLocale, conversions.makeConverter);
  const { pages } = buildPages(editions.articles, [], site.locales, { defaultLocale: site.defaultLocale, rootArticle: site.rootArticle });
  return siteCards(pages, site.timeZone);
}

/**
 * What the cards of `cardsFromFiles` are made of, hashed without building them: the site config
 * and dictionaries (`hashSiteInputs`: labels, date formats) and every index.md. The drawing code
 * and fonts are the card cache's part (`areCardsCached`). ~10 ms at 100 articles, against ~110 ms
 * for `cardsFromFiles` (measured): a rebuild whose articles' metadata did not change skips it.
 */
export function earlyCardInputs(site: SiteConfig): string {
  const hash = createHash('sha256').update(hashSiteInputs(site));
  for (const path of globSync(ARTICLE_GLOB, { cwd: site.contentDir }).sort()) {
    hash.update(`\0${path}\0`).update(readFileSync(join(site.contentDir, path)));
  }
  return hash.digest('hex');
}
