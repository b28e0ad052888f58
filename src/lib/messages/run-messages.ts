// Catalogue: what the tools say about a run as a whole, not about one file: `npm run check`
// failing to read its folder (src/cli/check.ts), `astro build` refusing to build
// (integrations/content-check.ts) and the dev server's overlay (check/dev-overlay.ts).
import { message, reporterFor } from './catalogue';

export const RUN_MESSAGES = {
  'check-failed': message<{ dir: string; reason: string }>('error',
    ({ dir, reason }) => `✖ 检查 ${dir} 时出错：${reason}。请检查这个文件夹能否读取。`,
    ({ dir, reason }) => `Checking ${dir} failed: ${reason}. Check that the folder can be read.`),
  'check-usage': message<{ reason: string }>('error',
    ({ reason }) => `${reason}\n用法：npm run check [-- --content <文件夹>]`,
    () => 'Usage: npm run check [-- --content <folder>]'),
  'build-stopped': message<{ errors: number }>('error',
    ({ errors }) => `内容检查发现 ${errors} 个错误，未生成任何文件。请按上面的提示修改后重新构建。`,
    ({ errors }) => `Content check found ${errors} error(s); nothing was built. Fix them as described above and build again.`),
  'dev-content-errors': message<{ errors: number }>('error',
    ({ errors }) => `内容检查发现 ${errors} 个错误，网页显示的还是上一次正确的内容。改正后保存，这条提示会自动消失。`,
    ({ errors }) => `Content check found ${errors} error(s); the page still shows the last good content. Fix and save: this message goes away by itself.`),
};

/** A run message (no file): `formatMessage(runMessage('build-stopped', { file: '' }, { errors }))`. */
export const runMessage = reporterFor(RUN_MESSAGES);
