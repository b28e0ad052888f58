import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImportError, ImportError, type ImportErrorCode } from '@/lib/import/import-error';
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

describe('bad input fails with what is wrong, where, and how to fix it', () => {
  const cases: Array<[string, ImportErrorCode, number | undefined, RegExp]> = [
    ['no-heading.txt', 'no-heading', undefined, /No section heading found/],
    ['skipped-number.txt', 'skipped-number', 11, /expected 2, found 3/],
    ['duplicate-number.txt', 'duplicate-number', 15, /number 2 is used twice: line 11/],
    ['empty-section.txt', 'empty-section', 11, /Section 2 \("上下联动"\) has no text/],
    ['empty-last-section.txt', 'empty-section', 15, /Section 3 .* has no text/],
    ['no-date.txt', 'no-date', 2, /No publication date/],
    ['impossible-date.txt', 'bad-date', 3, /"2024-02-30 09:36" does not exist/],
    ['no-source.txt', 'no-source', 2, /No source found/],
    ['no-headline.txt', 'no-headline', 2, /first line is not a headline/],
    ['starts-at-two.txt', 'first-number', 7, /numbered 2; numbering must start at 1/],
    ['heading-reads-like-paragraph.txt', 'skipped-number', 15, /Line 11 looks like heading 2 but reads like a paragraph/],
    ['empty.txt', 'empty-file', undefined, /empty/],
  ];

  it.each(cases)('%s → %s', (name, code, line, english) => {
    const error = failureOf(name);
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
    expect(`${error.en.what} ${error.en.fix}`).toMatch(english);
    // Every message says how to fix it, in both languages.
    expect(error.zh.what).toMatch(/\p{Script=Han}/u);
    expect(error.zh.fix.length).toBeGreaterThan(5);
    expect(error.en.fix.length).toBeGreaterThan(5);
  });

  it('prints file:line, then the Chinese and the English text', () => {
    const printed = formatImportError(failureOf('skipped-number.txt'));
    expect(printed.split('\n')).toEqual([
      `${FILES}/skipped-number.txt:11: error[skipped-number]`,
      '  错误：小标题编号跳号：应为 2，这里是 3。',
      '  修改：补上缺少的第 2 节，或把后面各节重新编号。',
      '  Error: Heading numbers skip: expected 2, found 3.',
      '  Fix: Add the missing section 2, or renumber the following headings.',
    ]);
  });
});
