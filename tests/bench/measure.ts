// Runs one build (astro or hugo) in a child process and measures it: wall time, peak memory, output.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** GNU time, which reports the peak resident set size of the process it runs. */
export const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
  wallSeconds: number;
  /** Peak resident memory in bytes: GNU time's "Maximum resident set size", else sampled VmHWM. */
  peakBytes: number;
}

/** Reads "Maximum resident set size (kbytes): N" from `time -v` output, in bytes. */
export function parseMaxRss(timeOutput: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeOutput);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Sum of VmHWM (peak RSS) of a process and its descendants, from /proc; 0 once it is gone. */
async function treePeakBytes(pid: number): Promise<number> {
  let total = 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const children = (await readFile(`/proc/${pid}/task/${task}/children`, 'utf8')).trim();
      for (const child of children ? children.split(' ') : []) total += await treePeakBytes(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

/** `astro build` of the project in `cwd`, with the Node that runs this script (24, via npm's PATH). */
export function astroBuildCommand(cwd: string): string[] {
  return [process.execPath, join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'];
}

/**
 * Runs `build` (a command and its arguments) in `cwd` and writes the combined output to
 * `logFile`. Throws with the log's tail when the build fails.
 */
export async function runBuild(build: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<BuildRun> {
  const useTime = existsSync(GNU_TIME);
  const [command, ...args] = useTime ? [GNU_TIME, '-v', ...build] : build;
  const started = performance.now();
  const child = spawn(command!, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  let sampled = 0;
  const sampler = useTime ? undefined : setInterval(async () => {
    sampled = Math.max(sampled, await treePeakBytes(child.pid!));
  }, 100);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await writeFile(logFile, output);
  if (code !== 0) throw new Error(`${build.join(' ')} in ${cwd} failed (exit ${code}); log: ${logFile}\n${output.slice(-3000)}`);
  return { wallSeconds, peakBytes: useTime ? parseMaxRss(output) ?? 0 : sampled };
}

/** Total size of every file under `dir`, in bytes, and the number of HTML pages (404 excluded). */
export async function measureOutput(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    bytes += (await stat(path)).size;
    if (entry.name.endsWith('.html') && path !== join(dir, '404.html')) pages++;
  }
  return { bytes, pages };
}
