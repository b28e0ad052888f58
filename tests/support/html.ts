import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

/** Loads a built HTML file for DOM queries. */
export async function loadHtml(file: string): Promise<cheerio.CheerioAPI> {
  return cheerio.load(await readFile(file, 'utf8'));
}

/** Every file below `dir` (relative paths, `/`-separated), optionally filtered by extension. */
export async function listFiles(dir: string, ext?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (!ext || e.name.endsWith(ext)))
    // admin/ is the web editor, not a page of the site: own headers, own test (tests/browser/cms.test.ts).
    .filter((e) => !relative(dir, e.parentPath).split(/[\\/]/).includes('admin'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * The text a reader sees in `selector` (default: body), with script/style/hidden content
 * removed and runs of whitespace collapsed.
 */
export function visibleText($: cheerio.CheerioAPI, selector = 'body'): string {
  const root = $(selector).clone();
  root.find('script, style, template, [hidden], [aria-hidden="true"]').remove();
  return root.text().replace(/\s+/g, ' ').trim();
}

/** A key figure's value: the own text of its `<dd>` (qualifier and unit are the dd's spans). */
export function figureValue($: cheerio.CheerioAPI, dd: Parameters<cheerio.CheerioAPI>[0]): string {
  return $(dd).contents().filter((_, n) => n.type === 'text').text();
}
