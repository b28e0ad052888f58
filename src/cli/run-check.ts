// `npm run check [-- --content <dir>]`: checks every article and prints all problems; exits 1
// when there is an error, so CI and editors see the same verdict as `npm run build`. The locales
// come from that folder's own site.json. Any failure ends in a message, never a stack trace.
// runCheck is the whole command, callable in-process; check.ts is the entry point npm runs.
import { parseArgs } from 'node:util';
import { SITE } from '@/site.config';
import { checkContent, optionsFor, type CheckOptions } from '@/lib/check/check-content';
import { formatReport } from '@/lib/check/report';
import { formatMessage } from '@/lib/messages/format-message';
import { runMessage } from '@/lib/messages/config-messages';
import { writeLine, type CliIo } from './cli-io';

/**
 * Checks the content folder named by `argv` (`--content <dir>`, default the site's), printing the
 * report to `io`; returns the exit code. `base` is the site's settings (FIGURE_PARITY read once).
 */
export async function runCheck(argv: string[], io: CliIo, base: CheckOptions = SITE): Promise<number> {
  let dir = SITE.contentDir;
  try {
    dir = parseArgs({ args: argv, options: { content: { type: 'string' } } }).values.content ?? SITE.contentDir;
  } catch (error) {
    writeLine(io.stderr, formatMessage(runMessage('check-usage', { file: '' }, { reason: (error as Error).message })));
    return 1;
  }
  try {
    const result = await checkContent(dir, optionsFor(dir, base));
    writeLine(io.stdout, formatReport(result, dir));
    return result.errors > 0 ? 1 : 0;
  } catch (error) {
    writeLine(io.stderr, formatMessage(runMessage('check-failed', { file: '' }, { dir, reason: (error as Error).message })));
    return 1;
  }
}
