// The internal link checker of the whole-site tests (tests/site/markup.test.ts), apart from them
// so that its own test (link-check.test.ts) runs in the unit project on a tiny dist/ it writes.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { listFiles } from './html';

/** The URL attributes a reader's browser follows or loads, with how to read each. */
const REFERENCES: Array<{ selector: string; attr: string; srcset?: boolean }> = [
  { selector: 'a[href]', attr: 'href' },
  { selector: 'link[href]', attr: 'href' },
  { selector: 'img[src]', attr: 'src' },
  { selector: 'img[srcset]', attr: 'srcset', srcset: true },
  { selector: 'source[srcset]', attr: 'srcset', srcset: true },
  { selector: 'script[src]', attr: 'src' },
  // Share images are fetched by other sites from these exact URLs.
  { selector: 'meta[property="og:image"][content]', attr: 'content' },
  { selector: 'meta[name="twitter:image"][content]', attr: 'content' },
];

export interface LinkReport {
  checked: number;
  problems: string[];
}

/**
 * Follows every internal reference of every HTML page in `dist` (a site served from `origin`
 * under `basePath`): the target file must exist, a folder URL must have its index.html, and a
 * `#fragment` must be an id (or a[name]) in the target page.
 */
export async function checkInternalLinks(dist: string, origin: string, basePath: string): Promise<LinkReport> {
  const pages = await listFiles(dist, '.html');
  const idCache = new Map<string, Set<string>>();
  const idsOf = async (file: string): Promise<Set<string>> => {
    if (!idCache.has(file)) {
      const $ = cheerio.load(await readFile(join(dist, file), 'utf8'));
      idCache.set(file, new Set([
        ...$('[id]').map((_, el) => $(el).attr('id')!).get(),
        ...$('a[name]').map((_, el) => $(el).attr('name')!).get(),
      ]));
    }
    return idCache.get(file)!;
  };
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const $ = cheerio.load(await readFile(join(dist, page), 'utf8'));
    const pageUrl = new URL(basePath + page.replace(/(^|\/)index\.html$/, '$1'), origin);
    for (const { selector, attr, srcset } of REFERENCES) {
      for (const el of $(selector).toArray()) {
        const value = $(el).attr(attr)!.trim();
        const refs = srcset ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean) : [value];
        for (const ref of refs) {
          let url: URL;
          try {
            url = new URL(ref, pageUrl);
          } catch {
            problems.push(`${page}: ${selector} "${ref}" is not a valid URL`);
            continue;
          }
          if (url.origin !== origin) continue; // external (or mailto:, data:): not ours to check
          checked++;
          const where = `${page}: ${selector} "${ref}"`;
          if (!url.pathname.startsWith(basePath)) {
            problems.push(`${where} leaves the base path ${basePath}`);
            continue;
          }
          const inside = decodeURIComponent(url.pathname.slice(basePath.length));
          const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
          const full = join(dist, file);
          if (!existsSync(full) || !statSync(full).isFile()) {
            problems.push(`${where} → ${file} does not exist in dist/`);
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && !(file.endsWith('.html') && (await idsOf(file)).has(fragment))) {
            problems.push(`${where} → no id="${fragment}" in ${file}`);
          }
        }
      }
    }
  }
  return { checked, problems };
}
