// `npm run build`: `astro build` into a staging folder, swapped into place only after success, so
// a failed, killed or out-of-disk build never touches the live output (OUT_DIR, default dist/).
// Astro moves files from <root>/.astro/ into its outDir by rename, so when the target is on
// another file system the build is staged under the project and copied beside the target first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyTree, deviceOf, isRunning, recoverInterrupted, stagingPathFor, swapIntoPlace } from '@/lib/publish/staged-output';
import { runMessage } from '@/lib/messages/config-messages';
import type { EditorMessage } from '@/lib/messages/editor-message';
import { formatMarked } from '@/lib/messages/format-message';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROOT_STAGING_PREFIX = '.build-staging-';
const target = resolve(process.env.OUT_DIR || join(ROOT, 'dist'));
const say = (zh: string, en: string) => console.log(`${zh} / ${en}`);
const report = (message: EditorMessage) => console.error(formatMarked(message));

/** Drops Node stack frames from Astro's output: every message already names its file. */
const STACK_FRAME = /^\s+at\s.+(?::\d+:\d+\)?|\(native\)|<anonymous>\)?)$|^\s*Stack trace:\s*$/;

function forward(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (process.env.BUILD_DEBUG || !STACK_FRAME.test(line)) out.write(`${line}\n`);
  });
  stream.on('end', () => { if (rest) out.write(rest); });
}

/** Runs `astro build` with OUT_DIR set to the staging folder; resolves with its exit code. */
function astroBuild(outDir: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
      // PUBLISH_DIR: where the build ends up, for src/integrations/stable-assets-out-dir.ts.
      cwd: ROOT, env: { ...process.env, OUT_DIR: outDir, PUBLISH_DIR: target }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    // Ctrl-C or a polite kill of this process stops Astro too, instead of leaving it writing.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => child.kill(signal));
    child.on('error', () => done(1));
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  mkdirSync(dirname(target), { recursive: true });
  for (const line of recoverInterrupted(target)) report(runMessage('build-recovered', { file: '' }, { line }));
  for (const name of readdirSync(ROOT)) {
    if (!name.startsWith(ROOT_STAGING_PREFIX) || isRunning(Number(name.slice(ROOT_STAGING_PREFIX.length)))) continue;
    rmSync(join(ROOT, name), { recursive: true, force: true });
  }
  const besideTarget = stagingPathFor(target);
  const sameDevice = deviceOf(dirname(target)) === deviceOf(ROOT);
  const astroOut = sameDevice ? besideTarget : join(ROOT, `${ROOT_STAGING_PREFIX}${process.pid}`);
  const started = Date.now();
  const code = await astroBuild(astroOut, process.argv.slice(2));
  try {
    if (code !== 0 || !existsSync(astroOut)) {
      report(runMessage('build-failed', { file: '' }, { target }));
      return code || 1;
    }
    const swapStart = Date.now();
    if (!sameDevice) copyTree(astroOut, besideTarget);
    swapIntoPlace(besideTarget, target);
    say(`已发布到 ${target}（构建 ${((swapStart - started) / 1000).toFixed(1)} 秒，替换 ${Date.now() - swapStart} 毫秒）`,
      `Published to ${target} (build ${((swapStart - started) / 1000).toFixed(1)} s, swap ${Date.now() - swapStart} ms)`);
    return 0;
  } catch (error) {
    const { code: errno, message } = error as NodeJS.ErrnoException;
    report(runMessage('swap-failed', { file: '' }, { target, reason: errno ?? message }));
    return 1;
  } finally {
    rmSync(astroOut, { recursive: true, force: true });
    rmSync(besideTarget, { recursive: true, force: true });
  }
}

process.exitCode = await main();
