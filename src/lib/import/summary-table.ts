// The split at a glance: one row per section (file, number as printed, title, first words), so an
// editor sees after the import whether the sections are the ones a reader sees.
import type { ImportedHighlight } from '@/lib/import/parse-article';
import { highlightFileName } from '@/lib/content/content-path';

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1), 0);
}

function fit(text: string, columns: number): string {
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > columns - 1 && width(text) > columns) return `${out}…`;
    out += ch;
  }
  return out + ' '.repeat(Math.max(0, columns - width(out)));
}

/**
 * @example summaryTable(article.highlights) // '  file   marker  title … first words\n  01.md  亮点一：  …'
 */
export function summaryTable(highlights: readonly ImportedHighlight[]): string {
  const rows = [['file', 'marker', 'title', 'first words'], ...highlights.map((h) => [highlightFileName(h.number), h.marker, h.title, h.body.replace(/\s+/g, ' ')])];
  const columns = [7, 10, 30, 30];
  return rows.map((row) => `  ${row.map((cell, i) => fit(cell, columns[i]!)).join(' ')}`.trimEnd()).join('\n');
}
