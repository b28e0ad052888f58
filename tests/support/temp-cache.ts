// A temporary folder for one describe block, with CACHE_DIR pointing into it. stubEnv, undone
// after the block: the unit project shares one module registry and process.env between test
// files (isolate: false), so a leaked CACHE_DIR would move every later cache.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';

/**
 * Makes a temporary folder before the block's tests (CACHE_DIR = `<folder>/cache`) and removes it
 * after them. Returns the folder, read once the block's tests run.
 * @example const folder = useTempCacheDir('card-write-'); // in a describe; folder() in its tests
 */
export function useTempCacheDir(prefix: string): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    vi.stubEnv('CACHE_DIR', join(dir, 'cache'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
