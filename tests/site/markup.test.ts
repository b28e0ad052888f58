// Every built test site: valid HTML (html-validate, recommended rules, .htmlvalidate.json at the
// project root) and no dead internal link, image, stylesheet, script or #fragment — with the
// site's own SITE_URL and base path, so the sub-path build is held to the same standard.
//
// .htmlvalidate.json turns off one recommended rule (JSON cannot carry the reason, so it is here):
// `long-title` — the <title> is the article's headline, word for word; its length is the
// newsroom's editorial choice (an English headline easily passes 70 characters), not markup.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE } from '@/site.config';
import { normalizeBasePath } from '@/lib/model/routes';
import { listFiles, siteDir } from '../support';
import { SITES } from '../support/sites';

const BUILT = Object.entries(SITES)
  .filter(([, spec]) => !spec.expectFailure)
  .map(([name, spec]) => ({
    name,
    // The same defaults the build applies (src/site.config.ts), then the site's own env.
    origin: new URL(spec.env?.SITE_URL ?? SITE.siteUrl).origin,
    basePath: normalizeBasePath(spec.env?.BASE_PATH),
  }));

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

interface LinkReport {
  checked: number;
  problems: string[];
}

/**
 * Follows every internal reference of every HTML page in `dist` (a site served from `origin`
 * under `basePath`): the target file must exist, a folder URL must have its index.html, and a
 * `#fragment` must be an id (or a[name]) in the target page.
 */
async function checkInternalLinks(dist: string, origin: string, basePath: string): Promise<LinkReport> {
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

describe('the internal link checker', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('reports a missing page, a missing fragment, a folder without index.html and a link outside the base path, and accepts good links', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'link-check-'));
    made.push(dist);
    const write = async (file: string, html: string) => {
      await mkdir(dirname(join(dist, file)), { recursive: true });
      await writeFile(join(dist, file), html);
    };
    await write('index.html', `<a href="/base/en/#s1">ok</a><a href="en/">ok</a><a href="#top" id="top">ok</a>
      <a href="https://other.example/x">external</a><a href="https://site.example/base/en/#s1">ok, absolute</a>
      <img src="/base/missing.png" alt=""><a href="/base/en/#nope">bad fragment</a>
      <a href="/base/empty/">no index</a><a href="/elsewhere/">outside</a>`);
    await write('en/index.html', '<section id="s1"></section>');
    await mkdir(join(dist, 'empty'));
    const { checked, problems } = await checkInternalLinks(dist, 'https://site.example', '/base/');
    expect(checked).toBe(8);
    expect(problems).toEqual([
      'index.html: a[href] "/base/en/#nope" → no id="nope" in en/index.html',
      'index.html: a[href] "/base/empty/" → empty/index.html does not exist in dist/',
      'index.html: a[href] "/elsewhere/" leaves the base path /base/',
      'index.html: img[src] "/base/missing.png" → missing.png does not exist in dist/',
    ]);
  });
});

describe.each(BUILT)('built site "$name"', ({ name, origin, basePath }) => {
  it('passes html-validate (recommended rules) on every HTML file', async () => {
    const dist = siteDir(name);
    const files = await listFiles(dist, '.html');
    expect(files.length).toBeGreaterThan(0);
    // FileSystemConfigLoader finds .htmlvalidate.json by walking up from each file (dist/ lives
    // under the project root).
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    const rules = (await htmlvalidate.getConfigFor(join(dist, files[0]!))).getRules();
    expect(rules.get('no-dup-id')?.[0], 'the recommended preset is in force').toBeGreaterThan(0);
    const messages: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) messages.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    expect(messages, messages.join('\n')).toEqual([]);
  });

  it('has no dead internal link, image, stylesheet, script or fragment', async () => {
    const { checked, problems } = await checkInternalLinks(siteDir(name), origin, basePath);
    expect(checked, 'internal references found').toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
