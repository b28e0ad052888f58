// The pieces every message relies on: lines of keys in the file, and "did you mean".
import { describe, expect, it } from 'vitest';
import { lineOfPath, splitFrontmatter } from '@/lib/check/frontmatter';
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
