import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SiteSpec } from './sites';
import { requireSiteProject } from './test-kind';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUTPUT = join(ROOT, 'tests/.output');

/** Where a named test site is built: `tests/.output/<name>/dist`. */
export function siteDir(name: string): string {
  requireSiteProject(`siteDir("${name}")`);
  return join(OUTPUT, name, 'dist');
}

/** Log of a named site's build (stdout + stderr), for tests of build messages. */
export function siteLog(name: string): string {
  requireSiteProject(`siteLog("${name}")`);
  return join(OUTPUT, name, 'build.log');
}

/**
 * Runs a real `astro build` of one site in a child process (each with its own output and cache
 * folders, so sites never share state). Resolves with the exit code and the combined output.
 */
export async function buildSite(name: string, spec: SiteSpec): Promise<{ code: number; output: string }> {
  requireSiteProject(`buildSite("${name}")`);
  const base = join(OUTPUT, name);
  await rm(base, { recursive: true, force: true });
  await mkdir(base, { recursive: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: spec.contentDir,
    OUT_DIR: join(base, 'dist'),
    CACHE_DIR: join(base, 'cache'),
    ...spec.env,
  };
  const astroBin = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  return await new Promise((resolve, reject) => {
    // process.execPath: the Node that runs vitest (24, via npm's PATH), not the machine's.
    const child = spawn(process.execPath, [astroBin, 'build'], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', reject);
    child.on('close', async (code) => {
      await writeFile(join(base, 'build.log'), output);
      resolve({ code: code ?? 1, output });
    });
  });
}
