// `npm run check [-- --content <dir>]`: checks every article and prints all problems; exits 1
// when there is an error, so CI and editors see the same verdict as `npm run build`. The locales
// come from that folder's own site.json. Any failure ends in a message, never a stack trace.
import { parseArgs } from 'node:util';
import { SITE } from '@/site.config';
import { checkContent, optionsFor } from '@/lib/check/check-content';
import { formatReport } from '@/lib/check/report';

async function main(): Promise<number> {
  let dir = SITE.contentDir;
  try {
    dir = parseArgs({ options: { content: { type: 'string' } } }).values.content ?? SITE.contentDir;
  } catch (error) {
    console.error(`${(error as Error).message}\n用法 / Usage: npm run check [-- --content <folder>]`);
    return 1;
  }
  try {
    const result = await checkContent(dir, optionsFor(dir));
    console.log(formatReport(result, dir));
    return result.errors > 0 ? 1 : 0;
  } catch (error) {
    console.error(`✖ 检查 ${dir} 时出错：${(error as Error).message}。请检查这个文件夹能否读取。 / `
      + `Checking ${dir} failed: ${(error as Error).message}. Check that the folder can be read.`);
    return 1;
  }
}

process.exitCode = await main();
