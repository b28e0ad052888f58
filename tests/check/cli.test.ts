// `npm run check` as editors run it: its exit code and its output. The first case runs the real
// entry point in a child process (exit 1, no stack trace); the others call runCheck in-process
// (the whole command, same output and exit code, without a second tsx start-up).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck as runCheckCommand } from '@/cli/run-check';
import { SITE } from '@/site.config';
import { ROOT } from '../support';
import { captureIo } from '../support/capture-io';

/** Runs src/cli/check.ts through tsx with the Node that runs vitest (24, via npm's PATH). */
function spawnCheck(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/check.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FIGURE_PARITY: '' },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

/** The same command in-process, figure parity a warning as with FIGURE_PARITY unset. */
async function runCheck(...args: string[]) {
  const io = captureIo();
  const code = await runCheckCommand(args, io, { ...SITE, figureParity: 'warn' });
  return { code, output: io.out + io.err };
}

describe('npm run check', () => {
  it('exits 1 on a content folder with errors, printing every problem with file, line and field', () => {
    const { code, output } = spawnCheck('--content', 'tests/fixtures/bad-input/several-mistakes');
    expect(code).toBe(1);
    expect(output).toContain('tests/fixtures/bad-input/several-mistakes/report/zh-hans/02.md:2 number — 编号重复：1 已用于 01.md。请把编号改为 1..N 中未用的数字。 / Duplicate number 1 (also in 01.md). Renumber so the highlights run 1..N.');
    expect(output).toContain('report/zh-hans/index.md:3 headlin — 未知字段“headlin”。你是不是想写“headline”？');
    expect(output).toContain('report/zh-hans/index.md:5 published — 时间“2024-02-07”缺少时区');
    expect(output).toContain('7 个错误，1 个警告（检查了 4 个文件） / 7 errors, 1 warning (4 files checked)');
    expect(output).not.toMatch(/\n\s+at /);
  });
  it('exits 0 when there are only warnings', async () => {
    const { code, output } = await runCheck('--content', 'tests/fixtures/bad-input/translation-missing');
    expect(code).toBe(0);
    expect(output).toContain('0 errors, 1 warning');
  });
  it('exits 0 on the committed content/', async () => {
    const { code, output } = await runCheck();
    expect(output).toContain('0 个错误');
    expect(code).toBe(0);
  });
  it('exits 1 with a clear message when the content folder does not exist', async () => {
    const { code, output } = await runCheck('--content', 'no/such/folder');
    expect(code).toBe(1);
    expect(output).toContain('Content folder no/such/folder not found');
  });
});
