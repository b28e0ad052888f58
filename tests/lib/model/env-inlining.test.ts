// Astro inlines into a module every environment variable whose name occurs in its text wherever
// the module names the env object without a property (astro/dist/env/vite-plugin-import-meta-env.js,
// the pattern below). `_` (the shell's last command) occurs in nearly every file, so such a
// module's code, and with it the incremental-build key of every page that imports it, changed
// with how the build was started: a build run through `env` after a plain one rendered every page
// again instead of copying it (measured on the bench site, src/i18n/index.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
/** Astro's test for a bare env object: the name not followed by a dot. */
const BARE_ENV = /\bimport\.meta\.env\b(?!\.)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe('route code does not change with the environment a build starts in', () => {
  it('recognises a bare env object as Astro does', () => {
    expect(BARE_ENV.test('const dev = import.meta.env?.DEV;')).toBe(true);
    expect(BARE_ENV.test('// the import.meta.env object')).toBe(true);
    expect(BARE_ENV.test('const dev = import.meta.env.DEV;')).toBe(false);
  });

  it('no file under src/ names the env object without a property, not even in a comment', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => BARE_ENV.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
