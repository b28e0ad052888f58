// Prints check results for people: grouped by article, one self-contained line per problem from
// the one printer (src/lib/messages/format-message.ts), then a summary line in both languages.
import type { CheckResult } from './check-content';
import type { Problem } from './problem';
import { formatMarked, formatMessage } from '@/lib/messages/format-message';

/**
 * One problem as a line: `content/x/zh-hans/03.md:2 number — 编号重复… / Duplicate number…`.
 * @example formatProblem(p, 'content') // 'content/jiangjin/zh-hans/03.md:2 number — … / …'
 */
export const formatProblem = (p: Problem, contentDir: string): string => formatMessage(p, contentDir);

/** The summary line: `2 个错误，1 个警告（检查了 11 个文件） / 2 errors, 1 warning (11 files checked)`. */
export function formatSummary(result: CheckResult): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${result.errors} 个错误，${result.warnings} 个警告（检查了 ${result.files} 个文件） / `
    + `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} (${plural(result.files, 'file')} checked)`;
}

/** The whole report: problems grouped by article folder, errors marked, summary last. */
export function formatReport(result: CheckResult, contentDir: string): string {
  const groups = new Map<string, Problem[]>();
  for (const p of result.problems) {
    const group = p.file.split('/')[0] ?? '';
    groups.set(group, [...(groups.get(group) ?? []), p]);
  }
  const lines: string[] = [];
  for (const [group, problems] of groups) {
    lines.push(`${group || contentDir}/`);
    for (const p of problems) lines.push(`  ${formatMarked(p, contentDir)}`);
    lines.push('');
  }
  lines.push(formatSummary(result));
  return lines.join('\n');
}
