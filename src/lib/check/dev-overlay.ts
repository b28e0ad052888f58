// What the dev server shows in the browser when the content check finds errors: one payload for
// Vite's (Astro's) error overlay, with every error line of the report, the first one located.
import type { CheckResult } from '@/lib/check/check-content';
import { formatSummary } from '@/lib/check/report';
import { formatMessage } from '@/lib/messages/format-message';
import { runMessage } from '@/lib/messages/config-messages';

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
  const intro = runMessage('dev-content-errors', { file: '' }, { errors: errors.length });
  return {
    message: [
      intro.zh,
      intro.en,
      '',
      ...errors.map((p) => formatMessage(p, dir)),
    ].join('\n'),
    stack: '',
    plugin: 'content-check',
    hint: `${formatSummary(result)} · npm run check`,
    id: file,
    ...(first.line ? { loc: { file, line: first.line, column: 1 } } : {}),
  };
}
