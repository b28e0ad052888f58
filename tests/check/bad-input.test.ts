// The bad-input catalogue: every folder under tests/fixtures/bad-input is a tiny content tree
// with one mistake an editor could make. Each must produce exactly the problems listed here —
// at the right file, line and field, with the right severity — and nothing else.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import type { Problem, Severity } from '@/lib/check/problem';

const FIXTURES = join(import.meta.dirname, '../fixtures/bad-input');
/** The one fixture with several mistakes at once; every other folder has exactly one. */
const MULTI = 'several-mistakes';

interface Case {
  /** Fixture folder. */
  name: string;
  /** The problem it must produce. */
  file: string;
  line: number | undefined;
  field: string;
  rule: string;
  severity: Severity;
  /** A piece of the Chinese message and of the English one. */
  zh: string;
  en: string;
  /** Other rules the same mistake legitimately triggers. */
  also?: string[];
}

const E = 'error' as const;
const W = 'warning' as const;
const CASES: Case[] = [
  { name: 'malformed-yaml', file: 'report/zh-hans/01.md', line: 3, field: 'frontmatter', rule: 'yaml-syntax', severity: E, zh: '引号或括号没有闭合', en: 'YAML syntax error at line 3' },
  { name: 'unquoted-colon', file: 'report/zh-hans/01.md', line: 3, field: 'frontmatter', rule: 'yaml-syntax', severity: E, zh: '请把整个值用英文双引号括起来', en: 'put the whole value in double quotes' },
  { name: 'duplicate-key', file: 'report/zh-hans/02.md', line: 4, field: 'frontmatter', rule: 'yaml-syntax', severity: E, zh: '同一个字段写了两次', en: 'the same key appears twice' },
  { name: 'wrong-type', file: 'report/zh-hans/02.md', line: 2, field: 'number', rule: 'wrong-type', severity: E, zh: '应为数字，现在是文本“2”', en: 'must be a number, not the text "2"' },
  { name: 'wrong-type-list', file: 'report/zh-hans/01.md', line: 4, field: 'figures', rule: 'wrong-type', severity: E, zh: '应为列表', en: 'must be a list' },
  { name: 'missing-field', file: 'report/zh-hans/index.md', line: 1, field: 'headline', rule: 'missing-field', severity: E, zh: '缺少必填字段 headline', en: 'Missing required field "headline"' },
  { name: 'unknown-key', file: 'report/zh-hans/02.md', line: 3, field: 'titel', rule: 'unknown-key', severity: E, zh: '你是不是想写“title”', en: 'Did you mean "title"?' },
  { name: 'unknown-nested-key', file: 'report/zh-hans/01.md', line: 7, field: 'figures.0.lable', rule: 'unknown-key', severity: E, zh: '你是不是想写“label”', en: 'Did you mean "label"?' },
  { name: 'invalid-option', file: 'report/zh-hans/index.md', line: 8, field: 'credits.0.kind', rule: 'invalid-option', severity: E, zh: '你是不是想写“editor”', en: 'Did you mean "editor"?' },
  { name: 'duplicate-number', file: 'report/zh-hans/2.md', line: 2, field: 'number', rule: 'duplicate-number', severity: E, zh: '编号重复：2 已用于 02.md', en: 'Duplicate number 2 (also in 02.md)', also: ['file-name-mismatch'] },
  { name: 'missing-number', file: 'report/zh-hans/', line: undefined, field: 'number', rule: 'missing-number', severity: E, zh: '缺少亮点 2', en: 'numbers must run 1..3 without gaps' },
  { name: 'number-file-mismatch', file: 'report/zh-hans/2.md', line: 2, field: 'number', rule: 'file-name-mismatch', severity: E, zh: '请把文件改名为 02.md', en: 'Rename the file to 02.md' },
  { name: 'number-zero', file: 'report/zh-hans/02.md', line: 2, field: 'number', rule: 'not-positive', severity: E, zh: '必须是大于 0 的整数', en: 'must be a whole number from 1 up' },
  { name: 'bom', file: 'report/zh-hans/01.md', line: 1, field: 'file', rule: 'bom', severity: W, zh: 'BOM', en: 'without BOM' },
  { name: 'tab-in-yaml', file: 'report/zh-hans/01.md', line: 5, field: 'frontmatter', rule: 'yaml-tab', severity: E, zh: '制表符', en: 'replace the tab with spaces' },
  { name: 'html-in-body', file: 'report/zh-hans/02.md', line: 8, field: 'body', rule: 'raw-html', severity: W, zh: '<div class="note">', en: 'it will be shown as text' },
  { name: 'script-in-body', file: 'report/zh-hans/02.md', line: 8, field: 'body', rule: 'script-in-body', severity: W, zh: '<script>alert("x")</script>', en: 'it will be shown as text' },
  { name: 'javascript-link', file: 'report/zh-hans/02.md', line: 8, field: 'body', rule: 'unsafe-link', severity: E, zh: '不安全的 javascript: 协议', en: 'unsafe javascript: scheme' },
  { name: 'data-link', file: 'report/zh-hans/02.md', line: 8, field: 'body', rule: 'unsafe-link', severity: E, zh: '不安全的 data: 协议', en: 'unsafe data: scheme' },
  { name: 'oversized-file', file: 'report/zh-hans/02.md', line: undefined, field: 'file', rule: 'file-too-large', severity: E, zh: '上限 200 KB', en: 'limit 200 KB' },
  { name: 'only-in-translation', file: 'report/en/03.md', line: undefined, field: 'number', rule: 'highlight-only-in-translation', severity: E, zh: '亮点 3 只在 en 版里有', en: 'Highlight 3 exists only in en' },
  // Only highlight 2 is translated: a warning for highlight 1 (it falls back), no numbering error.
  { name: 'translation-missing', file: 'report/en/', line: undefined, field: 'number', rule: 'translation-missing-highlight', severity: W, zh: 'en 版缺少亮点 1', en: 'The en edition lacks highlight 1' },
  { name: 'locale-mismatch', file: 'report/zh-hans/index.md', line: 2, field: 'locale', rule: 'locale-mismatch', severity: E, zh: '请改成 locale: zh-hans', en: 'Write locale: zh-hans' },
  { name: 'unknown-locale', file: 'report/eng/', line: undefined, field: 'folder', rule: 'unknown-locale', severity: E, zh: '你是不是想写“en”', en: 'Did you mean "en"?' },
  { name: 'generated-locale', file: 'report/zh-hant/', line: undefined, field: 'folder', rule: 'generated-locale', severity: E, zh: '自动转换生成', en: 'generated from zh-hans' },
  { name: 'date-without-offset', file: 'report/zh-hans/index.md', line: 5, field: 'published', rule: 'timestamp-offset', severity: E, zh: '例如 published: 2024-02-07T00:00:00+08:00', en: 'e.g. published: 2024-02-07T00:00:00+08:00' },
  { name: 'time-without-offset', file: 'report/zh-hans/index.md', line: 5, field: 'published', rule: 'timestamp-offset', severity: E, zh: '例如 published: 2024-02-07T09:36:00+08:00', en: 'e.g. published: 2024-02-07T09:36:00+08:00' },
  { name: 'image-missing', file: 'report/zh-hans/index.md', line: 8, field: 'photos.0.image', rule: 'image-missing', severity: E, zh: '找不到图片文件“./wutan.png”', en: 'Image file "./wutan.png" not found' },
  { name: 'image-without-alt', file: 'report/zh-hans/index.md', line: 6, field: 'photos.0.alt', rule: 'image-without-alt', severity: E, zh: '没有替代文字', en: 'no alt text' },
  { name: 'empty-body', file: 'report/zh-hans/02.md', line: 5, field: 'body', rule: 'empty-body', severity: E, zh: '亮点正文为空', en: 'The highlight has no text' },
  { name: 'section-label', file: 'report/zh-hans/index.md', line: 6, field: 'sectionLabel', rule: 'section-label', severity: E, zh: '{二} 不是可用的编号占位符', en: '{二} in "关注点{二}" is not a numeral placeholder' },
  { name: 'empty-lede', file: 'report/zh-hans/index.md', line: 7, field: 'body', rule: 'empty-lede', severity: W, zh: '导语为空', en: 'The lede is empty' },
  { name: 'empty-title', file: 'report/zh-hans/02.md', line: 3, field: 'title', rule: 'empty-field', severity: E, zh: '字段 title 不能为空', en: 'Field "title" must not be empty' },
  { name: 'non-ascii-folder', file: '江津报道/', line: undefined, field: 'folder', rule: 'article-folder-name', severity: E, zh: '只能用小写英文字母、数字和连字符', en: 'lower-case ASCII letters, digits and hyphens' },
  { name: 'figure-parity', file: 'report/en/02.md', line: 5, field: 'body', rule: 'figure-missing', severity: W, zh: '亮点 2：原文（zh-hans/02.md）正文里的数字“4523”', en: 'highlight 2: figure "4523" (4,523)', also: ['figure-extra'] },
  { name: 'key-figure-parity', file: 'report/en/01.md', line: 4, field: 'figures', rule: 'figure-missing', severity: W, zh: '关键数字（figures）里的数字“78条”', en: 'figure "78条" (78)' },
  { name: 'no-index', file: 'report/zh-hans/index.md', line: undefined, field: 'file', rule: 'missing-index', severity: E, zh: '缺少 index.md', en: 'index.md is missing' },
  { name: 'no-frontmatter', file: 'report/zh-hans/02.md', line: 1, field: 'frontmatter', rule: 'no-frontmatter', severity: E, zh: '缺少文件头', en: 'No frontmatter' },
  { name: 'ignored-file', file: 'report/zh-hans/notes.md', line: undefined, field: 'file', rule: 'ignored-file', severity: W, zh: '这个文件不会被读取', en: 'This file is never read' },
  { name: 'missing-default-locale', file: 'report/', line: undefined, field: 'folder', rule: 'missing-default-locale', severity: W, zh: '将以 en/ 为原文发布', en: 'has no zh-hans/ folder: it is published from en/' },
  { name: 'not-utf8', file: 'report/zh-hans/02.md', line: undefined, field: 'file', rule: 'not-utf8', severity: E, zh: '不是 UTF-8 编码', en: 'not valid UTF-8' },
];

const pick = (p: Problem) => ({ file: p.file, line: p.line, field: p.field, rule: p.rule, severity: p.severity });

describe('bad-input catalogue', () => {
  it('has a table row for every fixture folder, and at least 25', () => {
    const folders = readdirSync(FIXTURES).filter((name) => name !== MULTI).sort();
    expect(CASES.map((c) => c.name).sort()).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('$name → $severity $rule at $file:$line ($field)', async (c) => {
    const result = await checkContent(join(FIXTURES, c.name));
    const found = result.problems.find((p) => p.rule === c.rule && p.file === c.file);
    expect(found && pick(found), JSON.stringify(result.problems, null, 1)).toEqual(
      { file: c.file, line: c.line, field: c.field, rule: c.rule, severity: c.severity });
    expect(found!.zh).toContain(c.zh);
    expect(found!.en).toContain(c.en);
    // Nothing else: one mistake, one message (plus the consequences the table names).
    expect([...new Set(result.problems.map((p) => p.rule))].sort()).toEqual([c.rule, ...(c.also ?? [])].sort());
    expect(result.errors > 0).toBe(result.problems.some((p) => p.severity === 'error'));
  });

  it('reports every problem of a content folder in one run, not just the first', async () => {
    const result = await checkContent(join(FIXTURES, MULTI));
    expect(result.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.rule}`)).toEqual([
      'report/zh-hans/: missing-number',
      'report/zh-hans/: missing-number',
      'report/zh-hans/01.md:12 unsafe-link',
      'report/zh-hans/02.md:2 file-name-mismatch',
      'report/zh-hans/02.md:2 duplicate-number',
      'report/zh-hans/04.md:1 bom',
      'report/zh-hans/index.md:3 unknown-key',
      'report/zh-hans/index.md:5 timestamp-offset',
    ]);
    expect([result.errors, result.warnings]).toEqual([7, 1]);
  });
});
