// What the dev server shows in the browser when the content check finds errors: one payload for
// Vite's (Astro's) error overlay, with every error line of the report, the first one located.
import type { CheckResult } from '@/lib/check/check-content';
import { formatProblem, formatSummary } from '@/lib/check/report';

/** The shape of Vite's `{ type: 'error', err }` message that the overlay displays. */
export interface OverlayError {
  message: string;
  stack: string;
  plugin: string;
  hint: string;
  id?: string;
  loc?: { file: string; line: number; column: number };
}

/**
 * The overlay payload for a check result with errors; `undefined` when there is none (warnings
 * stay in the terminal: they never stop a page from being right).
 */
export function overlayError(result: CheckResult, contentDir: string, root: string): OverlayError | undefined {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  const dir = contentDir.replace(/\/+$/, '');
  const file = `${root.replace(/\/+$/, '')}/${dir}/${first.file}`;
  return {
    message: [
      `内容检查发现 ${errors.length} 个错误，网页显示的还是上一次正确的内容。改正后保存，这条提示会自动消失。`,
      `Content check found ${errors.length} error(s); the page still shows the last good content. Fix and save: this message goes away by itself.`,
      '',
      ...errors.map((p) => formatProblem(p, dir)),
    ].join('\n'),
    stack: '',
    plugin: 'content-check',
    hint: `${formatSummary(result)} · npm run check`,
    id: file,
    ...(first.line ? { loc: { file, line: first.line, column: 1 } } : {}),
  };
}
