// `npm run check [-- --content <dir>]`: checks every article and prints all problems; exits 1
// when there is an error, so CI and editors see the same verdict as `npm run build`.
import { parseArgs } from 'node:util';
import { SITE } from '@/site.config';
import { checkContent } from '@/lib/check/check-content';
import { formatReport } from '@/lib/check/report';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const dir = values.content ?? SITE.contentDir;
const result = checkContent(dir);
console.log(formatReport(result, dir));
process.exitCode = result.errors > 0 ? 1 : 0;
