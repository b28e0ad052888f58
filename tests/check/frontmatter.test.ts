// The pieces every message relies on: lines of keys in the file, and "did you mean".
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOfPath, splitFrontmatter } from '@/lib/check/frontmatter';
import { createRandom, intBetween, pickOne } from '../bench/random';
import { ROOT } from '../support';
import { editDistance, suggestName } from '@/lib/check/suggest';
import { suggestTimestamp } from '@/lib/check/file-rules';

const FILE = `---
number: 1
title: 标题
figures:
  - value: "78"
    unit: 条
    label: 具体任务
---

正文第一段。
`;

describe('splitFrontmatter', () => {
  it('maps every key and list item to its line in the whole file', () => {
    const split = splitFrontmatter(FILE);
    expect(Object.fromEntries(split.keyLines)).toEqual({
      number: 2, title: 3, figures: 4, 'figures.0': 5, 'figures.0.value': 5, 'figures.0.unit': 6, 'figures.0.label': 7,
    });
    expect(split.data).toEqual({ number: 1, title: '标题', figures: [{ value: '78', unit: '条', label: '具体任务' }] });
    expect(split.bodyFirstLine).toBe(9);
    expect(split.body.trim()).toBe('正文第一段。');
  });
  it('keeps lines right after a BOM and with CRLF line ends', () => {
    const split = splitFrontmatter(`\uFEFF${FILE.replace(/\n/g, '\r\n')}`);
    expect(split.keyLines.get('figures.0.label')).toBe(7);
    expect(split.data?.title).toBe('标题');
  });
  it('points a missing key at its parent, and a missing top-level key at the opening ---', () => {
    const split = splitFrontmatter(FILE);
    expect(lineOfPath(split, ['figures', 0, 'note'])).toBe(5);
    expect(lineOfPath(split, ['summary'])).toBe(1);
  });
  it('locates YAML syntax errors in the file and gives no data', () => {
    const split = splitFrontmatter('---\nnumber: 1\ntitle: "未闭合\n---\n正文\n');
    expect(split.data).toBeUndefined();
    expect(split.yamlErrors[0]).toMatchObject({ line: 3, code: 'MISSING_CHAR' });
  });
  it('reads unquoted timestamps as Astro does (a Date), keeping the text as written', () => {
    const split = splitFrontmatter('---\npublished: 2024-02-07\n---\n');
    expect(split.data?.published).toBeInstanceOf(Date);
    expect(split.valueSources.get('published')).toBe('2024-02-07');
  });
});

describe('splitFrontmatter: everyday frontmatter read by js-yaml alone, positions on demand', () => {
  /** Everything a rule can read of a split, positions included. */
  const view = (split: ReturnType<typeof splitFrontmatter>) => ({
    ...split, data: split.data, keyLines: [...split.keyLines], valueSources: [...split.valueSources],
    // Each top-level key's value as written, read the quick way (before the positions are read).
    topValueSource: Object.keys(split.data ?? {}).concat('absent').map((key) => [key, split.topValueSource(key)]),
  });
  const readsLazily = (split: ReturnType<typeof splitFrontmatter>) => Object.getOwnPropertyDescriptor(split, 'keyLines')?.get !== undefined;
  const files = [...globSync('content/**/*.md', { cwd: ROOT }), ...globSync('tests/fixtures/**/*.md', { cwd: ROOT })];
  const raws = files.map((file) => readFileSync(join(ROOT, file), 'utf8'));

  it('reads every real and fixture file exactly as reading it with both parsers does', () => {
    expect(raws.length).toBeGreaterThan(40);
    for (const [i, raw] of raws.entries()) expect(view(splitFrontmatter(raw)), files[i]).toEqual(view(splitFrontmatter(raw, { fast: false })));
    // The real article's files all take the fast path.
    const real = raws.filter((_, i) => /^content\/[^/]+\/zh-hans\//.test(files[i]!));
    expect(real.length).toBeGreaterThanOrEqual(11);
    expect(real.every((raw) => readsLazily(splitFrontmatter(raw)))).toBe(true);
  });

  it('reads both ways what only one parser refuses: a key over 1,024 characters (js-yaml reads it, yaml does not)', () => {
    const raw = `---\nnumber: 1\n${'k'.repeat(1100)}: v\n---\n\n正文\n`;
    const split = splitFrontmatter(raw);
    expect(split.yamlErrors.map((e) => e.code)).toEqual(['KEY_OVER_1024_CHARS']);
    expect(view(split)).toEqual(view(splitFrontmatter(raw, { fast: false })));
  });

  it('reads 4,000 mutated files (YAML indicators, tabs, quotes, indentation) alike, ~a third of them the fast way', () => {
    const snippets = ['\t', '"', "'", ': ', ':', ' #', '#', '- ', '  ', '&a ', '*a', '!!binary ', '[', '{', '|', '>', '\\', '?', '%', '@', '`', ',', '\r', '\u2028', '---', 'x: y'];
    const values = ['', '~', '[]', '-1', '2024-02-30', '2024-02-07 09:36:00+08:00', '"a"b', "'it''s'", 'a: b', 'a:', 'x #c', '12:30', '"\\0"', 'yes', '0x1F', '“3”'];
    const random = createRandom(20261208);
    let fast = 0;
    for (let n = 0; n < 4000; n++) {
      let text = pickOne(random, raws);
      const lines = text.split('\n');
      const i = intBetween(random, 0, Math.min(lines.length - 1, 25));
      const kind = intBetween(random, 0, 3);
      if (kind === 0) lines[i] = lines[i]!.replace(/: .*$/, `: ${pickOne(random, values)}`);
      else if (kind === 1) lines.splice(i, 0, lines[i]!);
      else if (kind === 2) lines[i] = ' '.repeat(intBetween(random, 0, 5)) + lines[i]!.trimStart();
      else { const at = intBetween(random, 0, lines[i]!.length); lines[i] = lines[i]!.slice(0, at) + pickOne(random, snippets) + lines[i]!.slice(at); }
      text = lines.join('\n');
      const split = splitFrontmatter(text);
      if (readsLazily(split)) fast += 1;
      expect(view(split), JSON.stringify(text.slice(0, 200))).toEqual(view(splitFrontmatter(text, { fast: false })));
    }
    expect(fast).toBeGreaterThan(800);
  });
});

describe('suggestName', () => {
  it.each([
    ['headlin', 'headline'], ['titel', 'title'], ['Number', 'number'], ['figure', 'figures'], ['publshed', 'published'],
  ])('%s → %s', (typo, known) => {
    expect(suggestName(typo, ['locale', 'headline', 'source', 'published', 'number', 'title', 'figures'])).toBe(known);
  });
  it('suggests nothing for an unrelated name', () => {
    expect(suggestName('author', ['number', 'title', 'figures'])).toBeUndefined();
  });
  it('counts edits by character, Chinese included', () => {
    expect(editDistance('亮点一', '亮点二')).toBe(1);
  });
});

describe('suggestTimestamp', () => {
  it.each([
    ['2024-02-07', '2024-02-07T00:00:00+08:00'],
    ['2024-02-07 09:36', '2024-02-07T09:36:00+08:00'],
    ['2024-02-07T09:36:00', '2024-02-07T09:36:00+08:00'],
  ])('%s → %s in Asia/Shanghai', (written, fixed) => {
    expect(suggestTimestamp(written, 'Asia/Shanghai')).toBe(fixed);
  });
});
