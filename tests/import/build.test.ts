// Whole articles through the chain an editor uses: import → `npm run check` rules → a real
// `astro build` of a content folder holding only the imports → every section on the page.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import { prepareImport, type PreparedFileImport } from '@/lib/import/prepare-import';
import { writeArticle } from '@/lib/import/write-article';
import { buildSite, siteDir } from '../support/build-site';
import { listFiles, loadHtml, visibleText } from '../support/html';

const ARTICLES = 'tests/fixtures/import/articles';
// Every whole-article fixture; what an article lacks (no date, no source) is supplied the way an
// editor would after the import's warning, with --date / --source / --headline.
const BUILT = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
const SUPPLIED = { headline: '补上的标题', published: '2024-03-01 09:00', source: '补上的来源' } as const;
/** Where a page of an article in its source locale is built. */
const pageOf = (name: string, locale: string) => (locale === 'zh-hans' ? `${name}/index.html` : `${locale}/${name}/index.html`);

let content: string;
const imports = new Map<string, PreparedFileImport>();
let build: { code: number; output: string };

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'import-build-'));
  for (const name of BUILT) {
    const file = join(ARTICLES, `${name}.txt`);
    const first = prepareImport(readFileSync(file), file, { id: name });
    const missing = Object.fromEntries((['headline', 'published', 'source'] as const).filter((k) => !first.article[k]).map((k) => [k, SUPPLIED[k]]));
    const prepared = Object.keys(missing).length ? prepareImport(readFileSync(file), file, { id: name, ...missing }) : first;
    await writeArticle(prepared.files, { outDir: content, id: prepared.id, locale: prepared.locale, force: false });
    imports.set(name, prepared);
  }
  build = await buildSite('import-articles', { contentDir: content });
}, 180_000);
afterAll(async () => {
  await rm(content, { recursive: true, force: true });
});

describe('imported articles pass the check and build with every section on the page', () => {
  it('npm run check finds no error; unplaced text is a warning at its line in index.md', async () => {
    const result = await checkContent(content);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const unplaced = result.problems.find((p) => p.rule === 'unplaced-text' && p.file === 'wechat-two-line-01/zh-hans/index.md');
    expect(unplaced?.severity).toBe('warning');
    const index = readFileSync(join(content, 'wechat-two-line-01/zh-hans/index.md'), 'utf8').split('\n');
    expect(index[unplaced!.line! - 1]).toBe('unplaced:');
    expect(unplaced!.en).toMatch(/5 line\(s\).*"南屿发布".*delete the unplaced field/);
  });

  it('the build succeeds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it.each(BUILT)('%s: the page shows the headline and every section title and text', async (name) => {
    // The page of the article's own locale (zh-hans at the root, zh-hant/ or en/ for those sources).
    const { article, locale } = imports.get(name)!;
    const pages = await listFiles(siteDir('import-articles'), '.html');
    expect(pages).toContain(pageOf(name, locale));
    // The page sets full-width punctuation next to Han characters (display only): compare modulo NFKC.
    const plain = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ');
    const page = plain(visibleText(await loadHtml(join(siteDir('import-articles'), pageOf(name, locale)))));
    expect(page).toContain(plain(article.headline!));
    for (const h of article.highlights) {
      expect(page).toContain(plain(h.title));
      expect(page).toContain(plain(h.body.split('\n')[0]!.replace(/[*_`>#]/g, '').slice(0, 20)));
    }
  });

  it('an article with no date is written, and the check refuses it until published is filled in', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-undated-'));
    try {
      const file = join(ARTICLES, 'mingpian-quoted-keyword.txt');
      const prepared = prepareImport(readFileSync(file), file, { id: 'undated' });
      await writeArticle(prepared.files, { outDir: dir, id: prepared.id, locale: prepared.locale, force: false });
      expect(await readFile(join(dir, 'undated/zh-hans/index.md'), 'utf8')).toMatch(/^# published: /m);
      const errors = (await checkContent(dir)).problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.file, p.field])).toContainEqual(['undated/zh-hans/index.md', 'published']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
