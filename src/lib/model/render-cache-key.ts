// Keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.ts): Astro
// copies a path's output from the last build, instead of rendering it, when the path's
// `cacheKey` and the code its route imports are both unchanged. A key must therefore change with
// everything the output is made from that is not imported code: the page's model (which holds
// its text, the other articles it links, its alternates), the site config, and the dictionary
// files (JSON read at run time, so no part of the route's code).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionaries } from '@/i18n';
import type { SiteConfig } from '@/site.config';

/**
 * The site config and every dictionary file of its content folder, hashed: what every page is
 * made of besides its own model (and what every share card is made of besides its article's
 * metadata, share-card/early-cards.ts).
 */
export function hashSiteInputs(site: SiteConfig): string {
  const hash = createHash('sha256').update(JSON.stringify(site));
  for (const file of [...loadDictionaries(site.contentDir).files.values()].sort()) {
    hash.update(file).update(readFileSync(join(site.contentDir, file)));
  }
  return hash.digest('hex');
}

const inputsOf = new Map<string, string>();

/** `hashSiteInputs`, once per build and site config: every path's key starts with it. */
function siteInputs(site: SiteConfig): string {
  const config = JSON.stringify(site);
  let inputs = inputsOf.get(config);
  if (inputs === undefined) inputsOf.set(config, (inputs = hashSiteInputs(site)));
  return inputs;
}

/**
 * The cacheKey of a path rendered from `data` (JSON-serialisable: a page model) on `site`.
 * @example renderCacheKey(page, SITE) // 'mV3…' (43 characters)
 */
export function renderCacheKey(data: unknown, site: SiteConfig): string {
  return createHash('sha256').update(siteInputs(site)).update(JSON.stringify(data)).digest('base64url');
}
