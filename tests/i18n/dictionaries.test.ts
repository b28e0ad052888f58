// Dictionaries as data (issue 14 item 6): every built-in file compiles, templates fill the way the
// old TypeScript dictionaries did, and each kind of mistake is a message naming the key.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDictionary } from '@/i18n/compile-dictionary';
import { loadDictionaries } from '@/i18n';
import { checkDictionaries } from '@/lib/check/dictionary-rules';
import { localesWith } from '@/site.config';

const EN = JSON.parse(readFileSync('src/i18n/dictionaries/en.json', 'utf8')) as Record<string, unknown>;
const compiled = (name: string) => {
  const strings = loadDictionaries('content').dictionaries.get(name);
  if (!strings) throw new Error(`no ${name}`);
  return strings;
};

describe('the built-in dictionaries', () => {
  it('all compile with no problem', () => {
    const loaded = loadDictionaries('content');
    expect(loaded.problems).toEqual([]);
    expect([...loaded.dictionaries.keys()].sort()).toEqual(['en', 'zh-hans', 'zh-hant']);
  });

  it.each([
    ['zh-hans', 12, '亮点十二', '原文配有两幅图片，本页未收录；以下是图片说明。', '原文配有三幅图片，本页未收录；以下是图片说明。'],
    ['zh-hant', 21, '亮點二十一', '原文配有兩幅圖片，本頁未收錄；以下是圖片說明。', '原文配有三幅圖片，本頁未收錄；以下是圖片說明。'],
    ['en', 12, 'Highlight 12', 'The original report carries 2 photos, not reproduced here; their captions follow.', 'The original report carries 3 photos, not reproduced here; their captions follow.'],
  ])('%s numbers labels and counts in its own numerals (%i → %s, two and three photos)', (name, n, label, two, three) => {
    const strings = compiled(name);
    expect(strings.highlightLabel(n)).toBe(label);
    expect(strings.photosNotReproduced(2)).toBe(two);
    expect(strings.photosNotReproduced(3)).toBe(three);
  });

  it('picks the plural form by Intl.PluralRules: one photo in English', () => {
    expect(compiled('en').photosNotReproduced(1)).toBe('The original report carries a photo, not reproduced here; their captions follow.');
  });

  it('fills named placeholders and keeps a value’s own 余 (30余万, not 30余万余)', () => {
    const zh = compiled('zh-hans');
    expect(zh.sourceLabel('江津融媒体中心')).toBe('来源：江津融媒体中心');
    expect(zh.creditLine('编辑', '蒲泽熙')).toBe('编辑：蒲泽熙');
    expect(zh.figureQualifier['more-than']('7万')).toBe('7万余');
    expect(zh.figureQualifier['more-than']('30余万')).toBe('30余万');
    expect(compiled('en').publishedLabel('7 February 2024')).toBe('7 February 2024 (Beijing time)');
  });

  it('maps section labels: OpenCC between the scripts, a table for English, an English source kept', () => {
    expect(compiled('zh-hant').sectionLabelFor('关注点{一}')).toBe('關注點{一}');
    expect(compiled('zh-hans').sectionLabelFor('關注點{一}')).toBe('关注点{一}');
    expect(compiled('en').sectionLabelFor('关注点{一}')).toBe('Point {1}');
    expect(compiled('en').sectionLabelFor('NUMBER {ONE}')).toBe('NUMBER {ONE}');
  });
});

describe('a broken dictionary is a message naming the key, never a throw', () => {
  const problemsOf = (change: (d: Record<string, unknown>) => void) => {
    const data = structuredClone(EN);
    change(data);
    const result = compileDictionary(data);
    expect(result.strings).toBeUndefined();
    return result.problems;
  };

  it.each([
    ['a missing key', (d: Record<string, unknown>) => { delete d.indexHeading; }, 'indexHeading', /The key "indexHeading" is missing/],
    ['a misspelt key (once, not also as missing)', (d: Record<string, unknown>) => { d.indexHeadin = d.indexHeading; delete d.indexHeading; }, 'indexHeadin', /Did you mean "indexHeading"\?/],
    ['a misspelt placeholder', (d: Record<string, unknown>) => { d.sourceLabel = 'Source: {sorce}'; }, 'sourceLabel', /\{sorce\} is not known here\. This key takes: \{source\}/],
    ['a dropped placeholder', (d: Record<string, unknown>) => { d.creditLine = '{role}:'; }, 'creditLine', /\{name\} is missing/],
    ['an unpaired brace', (d: Record<string, unknown>) => { d.printedFrom = 'Online at {url'; }, 'printedFrom', /unpaired/],
    ['a placeholder in a plain text', (d: Record<string, unknown>) => { d.backToIndex = 'Back to {title}'; }, 'backToIndex', /takes no placeholder/],
    ['an unknown numeral system', (d: Record<string, unknown>) => { d.numerals = 'roman'; }, 'numerals', /"numerals" is not valid/],
    ['a plural without "other"', (d: Record<string, unknown>) => { d.photosNotReproduced = { one: 'a photo' }; }, 'photosNotReproduced', /needs an "other" form/],
    ['a wrong qualifier placeholder', (d: Record<string, unknown>) => { (d.figureQualifier as Record<string, unknown>).about = 'about {n}'; }, 'figureQualifier.about', /\{n\} is not known/],
    ['a section label without numeral', (d: Record<string, unknown>) => { d.sectionLabels = { map: { 亮点: 'Highlight' }, otherwise: '{1}' }; }, 'sectionLabels.map.亮点', /no numeral placeholder/],
    ['a bad date locale', (d: Record<string, unknown>) => { d.dateLocale = 'not a locale'; }, 'dateLocale', /BCP 47/],
  ])('%s', (_, change, field, message) => {
    const problems = problemsOf(change);
    expect(problems).toContainEqual(expect.objectContaining({ field, en: expect.stringMatching(message), zh: expect.any(String) }));
    for (const p of problems) expect(p.zh).toMatch(/\p{Script=Han}/u);
  });
});

describe('npm run check names the dictionary file, line and key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dictionary-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('tests/fixtures/sites/third-language', dir, { recursive: true });

  it('reports a locale whose dictionary file does not exist', () => {
    const locales = localesWith({ extraLocales: [{ code: 'ja', lang: 'ja', ogLocale: 'ja_JP', source: { kind: 'files' } }] });
    expect(checkDictionaries(dir, locales)).toContainEqual(expect.objectContaining({
      file: 'site.json', field: 'extraLocales.0.code', rule: 'dictionary-missing', en: expect.stringContaining('Create dictionary.ja.json next to site.json'),
    }));
  });

  it('reports broken JSON with its line, and a content dictionary that reuses a built-in name', () => {
    const other = mkdtempSync(join(tmpdir(), 'dictionary-load-'));
    try {
      writeFileSync(join(other, 'dictionary.de.json'), '{\n  "languageName": "Deutsch",\n}\n');
      writeFileSync(join(other, 'dictionary.en.json'), JSON.stringify(EN));
      const { problems, dictionaries } = loadDictionaries(other);
      expect(problems).toContainEqual(expect.objectContaining({ file: 'dictionary.de.json', line: 3, field: 'file', en: expect.stringContaining('not valid JSON') }));
      expect(problems).toContainEqual(expect.objectContaining({ file: 'dictionary.en.json', en: expect.stringContaining('A built-in dictionary is already called en') }));
      expect(dictionaries.has('de')).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('exits 1 with a bilingual message and no stack trace for a misspelt placeholder', () => {
    const file = join(dir, 'dictionary.fr.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Sommaire"', '"Sommaire {title}"'));
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'src/cli/check.ts', '--content', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      status = failed.status;
      output = failed.stdout + failed.stderr;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/dictionary\.fr\.json:15 indexHeading/);
    expect(output).toContain('indexHeading');
    expect(output).toContain('这段文字不能有占位符');
    expect(output).toContain('This text takes no placeholder but has {title}');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
