import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_FEED_ITEMS, SITE, dictionaryOf, localesWith, readContentSettings } from '@/site.config';

const dir = mkdtempSync(join(tmpdir(), 'site-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** `readContentSettings` of a content folder whose site.json holds `json`. */
const read = (json: unknown) => {
  writeFileSync(join(dir, 'site.json'), JSON.stringify(json));
  return readContentSettings(dir);
};
const hk = (source: object, code = 'zh-hk') => ({ code, lang: 'zh-Hant-HK', ogLocale: 'zh_HK', source });
const fromHans = { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'hk' } };

describe('the locale registry: built-in locales plus site.json extraLocales, validated as one list', () => {
  it('has the built-in locales, default first, each code once', () => {
    const codes = localesWith({ extraLocales: [] }).map((l) => l.code);
    expect(codes).toEqual(['zh-hans', 'en', 'zh-hant']);
    expect(SITE.locales[0]!.code).toBe(SITE.defaultLocale);
  });

  it('appends a valid extra locale after the built-in ones', () => {
    const { settings, problem } = read({ extraLocales: [hk(fromHans)] });
    expect(problem).toBeUndefined();
    expect(localesWith(settings).map((l) => l.code)).toEqual(['zh-hans', 'en', 'zh-hant', 'zh-hk']);
  });

  it.each([
    ['a code listed twice', [hk(fromHans), hk({ kind: 'files' })], 'extraLocales.1.code', /listed twice/],
    ['an edition converted from a locale that does not exist', [hk({ ...fromHans, from: 'zh-xx' })], 'extraLocales.0.source.from', /no locale with files is called zh-xx/],
    ['an edition converted from another converted edition', [hk({ ...fromHans, from: 'zh-hant' })], 'extraLocales.0.source.from', /use one of zh-hans, en/],
    ['an entry without its lang', [{ code: 'zh-hk', ogLocale: 'zh_HK', source: { kind: 'files' } }], 'extraLocales.0.lang', /not valid/],
  ])('rejects %s with the field named, keeping the built-in locales', (_, extraLocales, field, message) => {
    const { settings, problem } = read({ extraLocales });
    expect(problem).toMatchObject({ field });
    expect(problem!.en).toMatch(message);
    expect(problem!.zh).toContain(field);
    expect(settings.extraLocales).toEqual([]);
  });
});

describe('dictionaryOf', () => {
  it.each([
    [{ code: 'zh-hk', dictionary: 'zh-hant' }, 'zh-hant'],
    [{ code: 'fr' }, 'fr'],
  ])('%o uses the dictionary %s', (locale, name) => expect(dictionaryOf(locale)).toBe(name));
});

describe('feedItems: how many articles a feed carries', () => {
  it(`defaults to ${DEFAULT_FEED_ITEMS} when site.json does not say`, () => {
    expect(read({}).settings.feedItems).toBeUndefined();
    expect(SITE.feedItems).toBe(DEFAULT_FEED_ITEMS);
  });

  it('takes a positive whole number from site.json', () => {
    expect(read({ feedItems: 5 })).toEqual({ settings: { extraLocales: [], feedItems: 5 } });
  });

  it.each([0, -1, 2.5, '10'])('rejects %o with the field named', (feedItems) => {
    const { problem } = read({ feedItems });
    expect(problem).toMatchObject({ field: 'feedItems' });
  });
});
