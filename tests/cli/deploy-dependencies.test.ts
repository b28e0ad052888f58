// The deploy install (`npm ci --omit=dev && npm run build`) has only `dependencies`: every package
// that code the build loads imports must be one of them, or the lean install breaks on a host while
// every test here (full install) stays green. Follows the project's own imports from the build's
// entry points, as Vite and Node would, and collects the packages they name.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const EXTENSIONS = ['', '.ts', '.mjs', '.js', '.astro', '/index.ts'];
/** Static imports and re-exports (also across lines), side-effect imports, dynamic imports of a literal. */
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every .astro and .ts route under src/pages, plus the build's own scripts and configs. */
function entryPoints(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(astro|ts)$/.test(name)) routes.push(path);
    }
  };
  walk(join(ROOT, 'src/pages'));
  return [...['astro.config.ts', 'src/content.config.ts', 'src/cli/build.ts', 'src/cli/with-node-24.mjs', 'src/lib/share-card/card-render.mjs'].map((f) => join(ROOT, f)), ...routes];
}

/** The packages the build's code imports, each with one file that imports it. */
function buildPackages(): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (match[1] ?? match[2] ?? match[3])!;
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const base = spec.startsWith('@/') ? join(ROOT, 'src', spec.slice(2)) : resolve(dirname(file), spec);
        const hit = EXTENSIONS.map((e) => base.replace(/\?.*$/, '') + e).find((p) => existsSync(p) && statSync(p).isFile());
        if (hit && /\.(ts|mjs|js|astro)$/.test(hit)) visit(hit);
      } else if (!spec.startsWith('node:') && !spec.startsWith('astro:') && !builtinModules.includes(spec)) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, relative(ROOT, file));
      }
    }
  };
  for (const entry of entryPoints()) visit(entry);
  return packages;
}

describe('the deploy install builds the site', () => {
  const packages = buildPackages();

  it('finds the build\'s packages (the walk follows the imports)', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['astro', 'markdown-it', 'opencc-js', 'satori', 'sharp', '@resvg/resvg-js', 'piscina']));
  });

  it('tsx, which src/cli/with-node-24.mjs resolves at run time to start the build, is a dependency', () => {
    expect(readFileSync(join(ROOT, 'src/cli/with-node-24.mjs'), 'utf8')).toContain("resolve('tsx/cli')");
    expect(pkg.dependencies.tsx).toBeDefined();
  });

  it.each([...packages])('%s (imported by %s) is in dependencies, not only devDependencies', (name) => {
    expect(pkg.dependencies[name], `${name}: move it from devDependencies to dependencies`).toBeDefined();
  });
});
