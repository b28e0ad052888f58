// `npm run check [-- --content <dir>]`: checks every article and prints all problems; exits 1
// when there is an error, so CI and editors see the same verdict as `npm run build`. The locales
// come from that folder's own site.json. Any failure ends in a message, never a stack trace.
import { parseArgs } from 'node:util';
import { SITE } from '@/site.config';
import { checkContent, optionsFor } from '@/lib/check/check-content';
import { formatReport } from '@/lib/check/report';
import { formatMessage } from '@/lib/messages/format-message';
import { runMessage } from '@/lib/messages/run-messages';

async function main(): Promise<number> {
  let dir = SITE.contentDir;
  try {
    dir = parseArgs({ options: { content: { type: 'string' } } }).values.content ?? SITE.contentDir;
  } catch (error) {
    console.error(formatMessage(runMessage('check-usage', { file: '' }, { reason: (error as Error).message })));
    return 1;
  }
  try {
    const result = await checkContent(dir, optionsFor(dir));
    console.log(formatReport(result, dir));
    return result.errors > 0 ? 1 : 0;
  } catch (error) {
    console.error(formatMessage(runMessage('check-failed', { file: '' }, { dir, reason: (error as Error).message })));
    return 1;
  }
}

process.exitCode = await main();
