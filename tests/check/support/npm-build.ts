// Runs the real `npm run build` (src/cli/build.ts → astro build → swap) as deployers do, and
// fingerprints an output folder, for the atomic-publish tests.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../support';

export interface BuildRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** Starts `npm run <script>` in its own process group (so a test can SIGKILL the whole tree). */
export function startNpm(cwd: string, script: string, env: Record<string, string>, args: string[] = []): BuildRun {
  const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd, detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
  return { child, done };
}

/** Runs `npm run <script>` to the end. */
export async function runNpm(cwd: string, script: string, env: Record<string, string>, args: string[] = []) {
  return await startNpm(cwd, script, env, args).done;
}

/** Every file under `dir` with its sha256: equal manifests mean byte-identical folders. */
export function manifest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A Node stack frame (`    at fn (file.js:1:2)`): none may reach an editor. */
export const STACK_FRAME = /^\s+at\s.+:\d+:\d+\)?$/m;

/** Copies the checkout's files (not tests, not node_modules) to `dest` and links node_modules. */
export function copyCheckout(dest: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (file.startsWith('tests/') && !file.startsWith('tests/fixtures/source')) continue;
    if (!existsSync(join(ROOT, file))) continue;
    cpSync(join(ROOT, file), join(dest, file), { recursive: true });
  }
  execFileSync('ln', ['-s', join(ROOT, 'node_modules'), join(dest, 'node_modules')]);
}

/** Mounts a tmpfs of `kb` KiB at `dir`, or says why it cannot (not root, no mount). */
export function mountTmpfs(dir: string, kb: number): string | undefined {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as Error).message).split('\n')[0];
  }
}

