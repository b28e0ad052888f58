import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { satisfiesMinimum } from '../../src/cli/with-node-24.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

describe('satisfiesMinimum', () => {
  it.each([
    ['20.19.2', '>=22.12.0', false],
    ['22.11.9', '>=22.12.0', false],
    ['22.12.0', '>=22.12.0', true],
    ['v22.12.1', '>=22.12.0', true],
    ['24.0.0', '>=22.12.0', true],
    ['23.0.0', '>= 22.12.0', true],
  ])('satisfiesMinimum(%j, %j) = %j', (version, range, ok) => expect(satisfiesMinimum(version, range)).toBe(ok));

  it('refuses a range it cannot read instead of guessing', () => {
    expect(() => satisfiesMinimum('24.0.0', '^22')).toThrow(/engines\.node must read ">=x\.y\.z"/);
  });
});

describe('the deploy install carries no Node binary', () => {
  it('node@24 is a devDependency, and npm run build goes through the launcher', () => {
    expect(pkg.dependencies.node).toBeUndefined();
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
    expect(pkg.scripts.build).toBe('node src/cli/with-node-24.mjs src/cli/build.ts');
    expect(satisfiesMinimum(readFileSync(`${ROOT}.node-version`, 'utf8').trim() + '.0.0', pkg.engines.node)).toBe(true);
  });

  it('on a Node Astro accepts, runs the entry point on that same Node and passes its exit code through', () => {
    const r = spawnSync(process.execPath, ['src/cli/with-node-24.mjs', '-e', 'console.log(process.version); process.exit(3)'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stdout.trim()).toBe(process.version);
    expect(r.stderr).not.toMatch(/npx/);
  });
});
