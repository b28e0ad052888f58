// Importing the seed article must reproduce the committed content, so an editor can re-import a
// corrected source without losing anything. Compared as parsed, schema-validated data.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { highlightSchema, makeArticleSchema } from '@/lib/content/content-schema';
import { parseAmount } from '@/lib/zh/chinese-number';
import { figureAmount } from '@/lib/model/shown-text';
import { getStrings } from '@/i18n';
import { prepareImport } from '@/lib/import/prepare-import';
import { writeArticle } from '@/lib/import/write-article';

const zhHans = getStrings('zh-hans');

const SEED = 'tests/fixtures/source/jiangjin-2024-02-07.txt';
const COMMITTED = 'content/jiangjin-theme-education-2024/zh-hans';
const ID = 'jiangjin-theme-education-2024';

/**
 * What a hand-edited article may have that the importer cannot know, and so is not compared:
 * - highlight `figures`: chosen and labelled by an editor; imported figures are a first draft
 *   (checked below only for being real figures of the section text);
 * - highlight `summary`, article `description` and `modified`: written by hand;
 * - photo `image` and `alt`: the plain text has captions, not picture files.
 */
const ALLOWED_DIFFERENCES = { highlight: ['figures', 'summary'], article: ['description', 'modified'], photo: ['image', 'alt'] } as const;

const articleSchema = makeArticleSchema(z.string());

async function readEntry(path: string): Promise<{ data: Record<string, unknown>; body: string }> {
  const text = await readFile(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]!.trim() };
}

function without<T extends Record<string, unknown>>(data: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

let out: string;
let imported: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'import-round-trip-'));
  const prepared = prepareImport(await readFile(SEED), SEED, { id: ID });
  const result = await writeArticle(prepared.files, { outDir: out, id: prepared.id, locale: prepared.locale, force: false });
  imported = result.dir;
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('importing the seed article reproduces the committed content', () => {
  it('writes the same files: index.md and 01.md … 10.md', async () => {
    expect((await readdir(imported)).sort()).toEqual((await readdir(COMMITTED)).sort());
  });

  it('gives the same article metadata and lede', async () => {
    const mine = await readEntry(join(imported, 'index.md'));
    const theirs = await readEntry(join(COMMITTED, 'index.md'));
    const a = articleSchema.parse(mine.data);
    const b = articleSchema.parse(theirs.data);
    expect(a.published.toISOString()).toBe(b.published.toISOString());
    const strip = (x: typeof a) => ({
      ...without(x, [...ALLOWED_DIFFERENCES.article, 'published']),
      photos: x.photos.map((p) => without(p, ALLOWED_DIFFERENCES.photo)),
    });
    expect(strip(a)).toEqual(strip(b));
    expect(mine.body).toBe(theirs.body);
  });

  it.each(Array.from({ length: 10 }, (_, i) => `${String(i + 1).padStart(2, '0')}.md`))('gives the same number, title and text in %s', async (name) => {
    const mine = await readEntry(join(imported, name));
    const theirs = await readEntry(join(COMMITTED, name));
    const a = highlightSchema.parse(mine.data);
    const b = highlightSchema.parse(theirs.data);
    expect(without(a, ALLOWED_DIFFERENCES.highlight)).toEqual(without(b, ALLOWED_DIFFERENCES.highlight));
    expect(mine.body).toBe(theirs.body);
    // The allowed difference is the choice of figures, not their truth: each one is in the text.
    expect(a.figures.length).toBeGreaterThan(0);
    for (const figure of a.figures) {
      // As the reader sees it, qualifier included (7万 + more-than = 7万余册), so 约 and 余 are checked too.
      expect(mine.body).toContain(figureAmount(figure, zhHans).replace(/%$/, ''));
      expect(parseAmount(figure.value)).toBeGreaterThan(0);
    }
  });

  it('writes the timestamp with its +08:00 offset in the file itself', async () => {
    expect(await readFile(join(imported, 'index.md'), 'utf8')).toMatch(/^published: 2024-02-07T09:36:00\+08:00$/m);
  });
});
