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

const inputsOf = new Map<string, string>();

/** The site config and every dictionary file of its content folder, hashed once per build. */
function siteInputs(site: SiteConfig): string {
  const config = JSON.stringify(site);
  let inputs = inputsOf.get(config);
  if (inputs === undefined) {
    const hash = createHash('sha256').update(config);
    for (const file of [...loadDictionaries(site.contentDir).files.values()].sort()) {
      hash.update(file).update(readFileSync(join(site.contentDir, file)));
    }
    inputsOf.set(config, (inputs = hash.digest('hex')));
  }
  return inputs;
}

/**
 * The cacheKey of a path rendered from `data` (JSON-serialisable: a page model) on `site`.
 * @example renderCacheKey(page, SITE) // 'mV3…' (43 characters)
 */
export function renderCacheKey(data: unknown, site: SiteConfig): string {
  return createHash('sha256').update(siteInputs(site)).update(JSON.stringify(data)).digest('base64url');
}
