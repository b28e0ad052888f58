// Whole articles in the shapes of real ones (tests/fixtures/import/articles/, collected by study of
// published articles; see src/lib/import/README.md): each imports, and its sections, titles,
// metadata and label are the ones a person reads. Also: every word of every import fixture lands
// in the output. The last test prints the figures the issue is judged on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prepareImport } from '@/lib/import/prepare-import';
import { coverageOf } from './text-coverage';

const ARTICLES = 'tests/fixtures/import/articles';

interface Expected {
  locale: string;
  headline: string | null;
  published: string | null;
  source: string | null;
  sectionLabel?: string | null;
  sections: Array<{ number: number; title: string }>;
  credits?: Array<{ role: string; name: string }>;
  captions?: string[];
}

const names = readdirSync(ARTICLES).filter((n) => n.endsWith('.txt')).sort();
const withExpected = names.filter((n) => readdirSync(ARTICLES).includes(n.replace(/\.txt$/, '.expected.json')));
const expectedOf = (name: string): Expected => JSON.parse(readFileSync(join(ARTICLES, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
const importOf = (name: string) => prepareImport(readFileSync(join(ARTICLES, name)), name);
/** Timestamps compared to the minute: the fixtures note times to the minute, the importer keeps printed seconds. */
const minutes = (iso: string | null | undefined) => iso?.replace(/:\d\d(?=[+-]\d\d:\d\d$|Z$)/, ':00') ?? null;
const same = (a: string, b: string) => a.replace(/[\s\p{P}]/gu, '') === b.replace(/[\s\p{P}]/gu, '');

describe('whole real-shape articles import as a person reads them', () => {
  it('there are fixture articles to test', () => {
    expect(withExpected.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withExpected)('%s', (name) => {
    const expected = expectedOf(name);
    const { article, locale, files } = importOf(name);
    expect(locale).toBe(expected.locale);
    expect(article.headline ?? null).toBe(expected.headline);
    expect(article.source ?? null).toBe(expected.source);
    expect(minutes(article.published)).toBe(minutes(expected.published));
    if (expected.sectionLabel !== undefined) expect(article.sectionLabel ?? null).toBe(expected.sectionLabel === '亮点{一}' ? '亮点{一}' : expected.sectionLabel);
    expect(article.highlights.map((h) => [h.sourceNumber, h.title])).toEqual(expected.sections.map((s) => [s.number, s.title]));
    const people = [...article.credits.map((c) => c.name), ...article.photos.map((p) => p.credit)].join(' ');
    for (const credit of expected.credits ?? []) expect(people).toContain(credit.name);
    for (const caption of expected.captions ?? []) expect(article.photos.some((p) => same(p.caption, caption))).toBe(true);
    // index.md is valid YAML and says the label the page needs.
    const index = parse(/^---\n([\s\S]*?)\n---/.exec(files[0]!.content)![1]!) as Record<string, unknown>;
    expect(index.locale).toBe(expected.locale);
  });
});

/** Every import fixture that imports (the error fixtures that must fail are left out). */
const ALL_FIXTURES = [
  'tests/fixtures/source/jiangjin-2024-02-07.txt',
  ...['articles', 'forms', 'errors'].flatMap((dir) => readdirSync(`tests/fixtures/import/${dir}`).filter((n) => n.endsWith('.txt')).map((n) => `tests/fixtures/import/${dir}/${n}`)),
].filter((path) => !/errors\/(?:empty|no-heading)\.txt$/.test(path));

describe('keep every word: every word of the input is in the output', () => {
  it.each(ALL_FIXTURES)('%s', (path) => {
    const input = readFileSync(path, 'utf8');
    const { files } = prepareImport(readFileSync(path), path);
    const coverage = coverageOf(input, files);
    expect(coverage.missing).toEqual([]);
  });
});

describe('the figures the issue is judged on', () => {
  it('prints: articles imported, section titles found, text kept', () => {
    let imported = 0;
    let titles = 0;
    let titlesFound = 0;
    const rows: string[] = [];
    for (const name of withExpected) {
      const expected = expectedOf(name);
      titles += expected.sections.length;
      try {
        const { article, files } = importOf(name);
        imported += 1;
        const got = article.highlights.map((h) => h.title);
        const found = expected.sections.filter((s) => got.some((t) => same(t, s.title))).length;
        titlesFound += found;
        const kept = coverageOf(readFileSync(join(ARTICLES, name), 'utf8'), files).kept;
        rows.push(`${name.padEnd(44)} imported  titles ${found}/${expected.sections.length}  text kept ${(kept * 100).toFixed(1)}%`);
      } catch (error) {
        rows.push(`${name.padEnd(44)} FAILED    ${(error as Error).message.slice(0, 60)}`);
      }
    }
    console.log([...rows, `TOTAL: ${imported}/${withExpected.length} imported (${((imported / withExpected.length) * 100).toFixed(0)}%), titles ${titlesFound}/${titles} (${((titlesFound / titles) * 100).toFixed(0)}%)`].join('\n'));
    expect(imported / withExpected.length).toBeGreaterThanOrEqual(0.9);
    expect(titlesFound / titles).toBeGreaterThanOrEqual(0.85);
  });
});
