// Bad input: an unreadable article fails with what is wrong, where, and how to fix it; a readable
// one with a problem (missing metadata, a numbering gap, an empty section) is imported with a
// warning that names the line — never refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportErrorCode } from '@/lib/import/import-error';
import { formatMarked } from '@/lib/messages/format-message';
import { prepareImport } from '@/lib/import/prepare-import';

const FILES = 'tests/fixtures/import/errors';

/** Runs the importer on a fixture and returns the ImportError it must throw. */
function failureOf(name: string): ImportError {
  const file = `${FILES}/${name}`;
  try {
    prepareImport(readFileSync(file), file);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${name} was imported but should have failed`);
}

describe('an article that cannot be read fails with what is wrong, where, and how to fix it', () => {
  const cases: Array<[string, ImportErrorCode, number | undefined, RegExp]> = [
    ['no-heading.txt', 'no-heading', undefined, /No section heading found.*No line starts with a numbered marker/],
    ['empty.txt', 'empty-file', undefined, /empty/],
  ];

  it.each(cases)('%s → %s', (name, code, line, english) => {
    const error = failureOf(name);
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
    expect(error.detail.severity).toBe('error');
    expect(error.detail.file).toBe(`${FILES}/${name}`);
    expect(error.detail.en).toMatch(english);
    expect(error.detail.zh).toMatch(/\p{Script=Han}/u);
    // What is wrong, then how to fix it: a sentence after the first full stop, in both languages.
    expect(error.detail.zh).toMatch(/。.{5,}/u);
    expect(error.detail.en).toMatch(/\. .{5,}/);
  });

  it('no-heading lists the candidate lines it considered and why each was rejected', () => {
    const text = ['标题', '来源：某报 2024-01-01', '一、只有一个编号的一行', '正文。', '（3）编号不从一开始', '正文。'].join('\n');
    let error: ImportError | undefined;
    try {
      prepareImport(new TextEncoder().encode(text), 'x.txt');
    } catch (e) {
      error = e as ImportError;
    }
    expect(error?.code).toBe('no-heading');
    expect(error?.detail.en).toContain('line 3 "一、" (only marker of its style)');
    expect(error?.detail.en).toContain('line 5 "（3）" (only marker of its style)');
    expect(error?.detail.zh).toContain('第 3 行“一、”');
    expect(error?.line).toBe(3);
  });

  it('prints severity, code and file, then the Chinese and the English text, on one line', () => {
    const printed = formatMarked(failureOf('no-heading.txt').detail);
    expect(printed).toMatch(new RegExp(`^✖ 错误 error\\[no-heading\\]  ${FILES}/no-heading\\.txt — \\p{Script=Han}.+ / No section heading found.+$`, 'u'));
  });
});

describe('a readable article with a problem is imported, with a warning on the line', () => {
  const cases: Array<[string, string, number, RegExp, number]> = [
    ['skipped-number.txt', 'skipped-number', 11, /Section 2 is missing between lines 7 and 11/, 3],
    ['duplicate-number.txt', 'duplicate-number', 15, /number 2 is used twice: line 11/, 3],
    ['empty-section.txt', 'empty-section', 11, /"上下联动"\) has no text; its title was used/, 3],
    ['empty-last-section.txt', 'empty-section', 15, /has no text/, 3],
    ['no-date.txt', 'no-date', 1, /No publication date.*--date/, 2],
    ['impossible-date.txt', 'bad-date', 3, /"2024-02-30 09:36" does not exist/, 2],
    ['no-source.txt', 'no-source', 1, /No source found.*--source/, 2],
    ['no-headline.txt', 'no-headline', 1, /No headline found.*--headline/, 2],
    ['starts-at-two.txt', 'unmarked-first', 7, /Numbering starts at 2 \(line 7\).*stays in the lede/, 2],
    ['heading-reads-like-paragraph.txt', 'long-title', 11, /is a whole sentence \(48 characters\)/, 3],
  ];

  it.each(cases)('%s → warning %s on line %i', (name, code, line, english, sections) => {
    const file = `${FILES}/${name}`;
    const prepared = prepareImport(readFileSync(file), file);
    const warning = prepared.warnings.find((w) => w.rule === code);
    expect(warning, JSON.stringify(prepared.warnings)).toBeDefined();
    expect(warning!.line).toBe(line);
    expect(warning!.en).toMatch(english);
    expect(warning!.zh).toMatch(/\p{Script=Han}/u);
    expect(prepared.article.highlights).toHaveLength(sections);
    // Highlights are numbered 1..N in reading order whatever the source printed.
    expect(prepared.article.highlights.map((h) => h.number)).toEqual(Array.from({ length: sections }, (_, i) => i + 1));
    expect(warning!.severity).toBe('warning');
    expect(formatMarked(warning!)).toMatch(new RegExp(`^⚠ 警告 warning\\[${code}\\]  ${file}:${line} — \\p{Script=Han}.+ / .+$`, 'u'));
  });

  it('a missing field is left out of index.md with a comment saying what to fill in', () => {
    const file = `${FILES}/no-date.txt`;
    const index = prepareImport(readFileSync(file), file).files[0]!.content;
    expect(index).not.toMatch(/^published:/m);
    expect(index).toMatch(/^# published: 缺少发布时间，请填写 \/ published missing: .*2024-02-07T09:36:00\+08:00$/m);
    expect(index).toMatch(/^source: 江津融媒体中心$/m);
  });
});
