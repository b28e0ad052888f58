// Builds from a copy of the checkout: under a folder named "编辑 部" (Chinese characters and a
// space in every path), and on a small tmpfs of its own, where Astro itself runs out of disk
// while writing the staging folder (same file system as dist/, so the rename path is taken).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCheckout, manifest, mountTmpfs, runNpm } from './support/npm-build';

// Outside the checkout: a copy of astro.config.ts inside it would restart a running `astro dev`
// (tests/browser/dev-errors.test.ts), which watches the whole project.
const WORK = mkdtempSync(join(tmpdir(), 'checkout-copy-'));
beforeAll(() => {
  mkdirSync(WORK, { recursive: true });
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a full disk under the checkout itself (Astro writing its staging folder)', () => {
  it('fails with ENOSPC half-way through rendering and leaves dist/ byte-identical', async (context) => {
    const disk = join(WORK, 'disk');
    const why = mountTmpfs(disk, 64 * 1024);
    if (why) {
      console.log(`same-disk ENOSPC test skipped: cannot mount a tmpfs here (${why})`);
      context.skip();
      return;
    }
    try {
      const checkout = join(disk, 'repo');
      copyCheckout(checkout);
      const env = { CACHE_DIR: join(WORK, 'cache-disk') };
      const first = await runNpm(checkout, 'build', env);
      expect(first.code, first.output.slice(-2000)).toBe(0);
      const before = manifest(join(checkout, 'dist'));
      const distKb = Number(execFileSync('du', ['-sk', join(checkout, 'dist')], { encoding: 'utf8' }).split('\t')[0]);
      const usedKb = Number(execFileSync('df', ['-k', '--output=used', disk], { encoding: 'utf8' }).trim().split('\n').pop());
      // Room for less than half of a new build: Astro runs out while writing the staging folder.
      execFileSync('mount', ['-o', `remount,size=${usedKb + Math.floor(distKb * 0.4)}k`, disk]);
      const run = await runNpm(checkout, 'build', env);
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/ENOSPC|no space left/i);
      expect(run.output).toContain('The build failed;'); // Astro itself failed, not the swap
      expect(manifest(join(checkout, 'dist'))).toEqual(before);
      expect(readdirSync(checkout).filter((n) => n.startsWith('dist'))).toEqual(['dist']);
    } finally {
      execFileSync('umount', [disk]);
    }
  }, 180_000);
});

describe('a checkout under a folder named "编辑 部"', () => {
  it('checks and builds (paths with Chinese characters and a space)', async () => {
    const checkout = join(WORK, '编辑 部');
    copyCheckout(checkout);
    const check = await runNpm(checkout, 'check', {});
    expect(check.code, check.output).toBe(0);
    const build = await runNpm(checkout, 'build', { CACHE_DIR: join(WORK, 'cache-cjk') });
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(Object.keys(manifest(join(checkout, 'dist')))).toContain('index.html');
  }, 180_000);
});
