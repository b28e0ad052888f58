// Atomic publish: Astro empties its outDir before rendering, so a build killed or failing half-way
// would leave the live site empty or half-written. Instead every build renders into a fresh
// staging folder beside the target (same file system, so a rename is atomic) and only a finished
// build is swapped into place. The previous output is removed after the swap.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Suffix of a staging folder: `dist.staging-<pid>-<time>`. Never inside the target. */
export const STAGING_MARK = '.staging-';
/** Suffix of the old output while it is being swapped out: `dist.previous`. */
export const PREVIOUS_MARK = '.previous';

/** The staging folder for one build, next to the target. */
export function stagingPathFor(target: string, id = `${process.pid}-${Date.now()}`): string {
  return `${target}${STAGING_MARK}${id}`;
}

/**
 * Whether a process with this id is alive (and not this one): its staging folder is in use. A
 * killed build whose parent died too can stay a zombie when no init reaps it (containers), so on
 * Linux the state in /proc decides; elsewhere a signal-0 probe.
 */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  if (existsSync('/proc/self/stat')) {
    try {
      return !/^\d+ \(.*\) [ZX] /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Device number of the nearest existing folder at or above `path`. */
export function deviceOf(path: string): number {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return statSync(dir).dev;
}

/**
 * Repairs what an interrupted earlier build left: a kill between the two renames of a swap leaves
 * no target but a `.previous` (put back), and a kill while rendering leaves a staging folder
 * (deleted). Returns what was done, for the log.
 */
export function recoverInterrupted(target: string): string[] {
  const done: string[] = [];
  const previous = `${target}${PREVIOUS_MARK}`;
  if (!existsSync(target) && existsSync(previous)) {
    renameSync(previous, target);
    done.push(`restored ${basename(target)} from ${basename(previous)}`);
  } else if (existsSync(previous)) {
    rmSync(previous, { recursive: true, force: true });
    done.push(`removed ${basename(previous)}`);
  }
  const parent = dirname(target);
  if (!existsSync(parent)) return done;
  const prefix = `${basename(target)}${STAGING_MARK}`;
  for (const name of readdirSync(parent)) {
    // A build running at the same time keeps its staging folder (FA5: two builds at once).
    if (!name.startsWith(prefix) || isRunning(Number(name.slice(prefix.length).split('-')[0]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    done.push(`removed leftover ${name}`);
  }
  return done;
}

/**
 * Puts a finished build in place: target → `.previous`, staging → target, then deletes
 * `.previous`. Between the two renames the target is missing for microseconds; a kill exactly
 * there is repaired by `recoverInterrupted` on the next build.
 */
export function swapIntoPlace(staging: string, target: string): void {
  const previous = `${target}${PREVIOUS_MARK}`;
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
}

/**
 * Copies a finished build to another file system, file by file with plain writes, so a full disk
 * reports ENOSPC (the kernel's copy shortcuts report EIO on a full tmpfs).
 */
export function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const dest = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, dest);
    else writeFileSync(dest, readFileSync(source));
  }
}
