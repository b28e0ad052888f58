// The unit project runs with isolate: false (vitest.config.ts): its files share one module
// registry and process.env per worker. That is only sound while no unit file mocks a module or
// leaves the environment or a global changed, so this reads every unit test file and names the
// ones that would leak into the files after them.
import { globSync, readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_TESTS } from '../../vitest.config';
import { ROOT } from './build-site';

const SELF = 'tests/support/unit-isolation.test.ts'; // its table below quotes the patterns
const unitFiles = globSync('tests/**/*.test.ts', { cwd: ROOT }).filter((file) => !SITE_TESTS.some((pattern) => matchesGlob(file, pattern))).sort();

/** What in a unit file would outlive it, or undefined. */
function leak(text: string): string | undefined {
  if (/\bvi\.(do)?mock\(/.test(text)) return 'mocks a module (vi.mock): move it to its own project or pass the dependency in';
  if (/process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env/.test(text)) return 'assigns process.env: use vi.stubEnv and vi.unstubAllEnvs';
  if (/\bvi\.stubEnv\(/.test(text) && !/\bvi\.unstubAllEnvs\(/.test(text)) return 'vi.stubEnv without vi.unstubAllEnvs';
  if (/\bvi\.stubGlobal\(/.test(text) && !/\bvi\.unstubAllGlobals\(/.test(text)) return 'vi.stubGlobal without vi.unstubAllGlobals';
  if (/process\.chdir\(/.test(text)) return 'changes the working folder';
  return undefined;
}

describe('unit test files share a module registry safely', () => {
  it('finds the unit files', () => {
    expect(unitFiles.length).toBeGreaterThanOrEqual(65);
    expect(unitFiles).toContain('tests/share-card/card-cache.test.ts');
  });

  it('no unit file mocks modules or leaves process.env, globals or the working folder changed', () => {
    const leaks = unitFiles.filter((file) => file !== SELF).flatMap((file) => {
      const found = leak(readFileSync(`${ROOT}/${file}`, 'utf8').replace(/^\s*\/\/.*$/gm, ''));
      return found ? [`${file}: ${found}`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it.each([
    ['vi.mock("x")', 'mocks a module'],
    ['process.env.CACHE_DIR = dir;', 'assigns process.env'],
    ['vi.stubEnv("A", "1");', 'without vi.unstubAllEnvs'],
    ['vi.stubEnv("A", "1"); afterAll(() => vi.unstubAllEnvs());', undefined],
    ['if (process.env.A === "1") x();', undefined],
  ])('%s → %s', (text, expected) => {
    const found = leak(text);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(expected);
  });
});
