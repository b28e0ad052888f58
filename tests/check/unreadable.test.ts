// A file the editor's account may not read (EACCES): `npm run check` names it and says how to fix
// it instead of crashing with a stack trace. Root reads everything, so as root the check runs with
// every capability dropped (setpriv): still uid 0, so it reads the checkout wherever it lies (a
// mktemp folder is 0700), but a mode-000 file is refused. Elsewhere chmod alone does it.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support';
import { STACK_FRAME } from './support/npm-build';

const work = mkdtempSync(join(tmpdir(), 'unreadable-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an unreadable Markdown file', () => {
  it('is reported by name with a fix, exit 1, no stack trace', (context) => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'tests/fixtures/bad-input/empty-title'), content, { recursive: true });
    chmodSync(work, 0o755);
    chmodSync(join(content, 'report/zh-hans/01.md'), 0o000);
    const asRoot = process.getuid?.() === 0;
    const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const command = asRoot
      ? ['setpriv', ['--bounding-set=-all', '--inh-caps=-all', process.execPath, tsx, 'src/cli/check.ts', '--content', content]] as const
      : [process.execPath, [tsx, 'src/cli/check.ts', '--content', content]] as const;
    const run = spawnSync(command[0], [...command[1]], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HOME: work } });
    if (run.error) {
      console.log(`skipped: cannot run the check without root's capabilities (${run.error.message})`);
      context.skip();
      return;
    }
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output).toContain(`${content}/report/zh-hans/01.md file — 无法读取：没有读取权限`);
    expect(output).toContain('Cannot read this: it may not be read (permission denied)');
    expect(output).not.toMatch(STACK_FRAME);
  });
});
