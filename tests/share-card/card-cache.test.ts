import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cachedCard, cardCacheDir } from '@/lib/share-card/card-cache';

describe('share cards are drawn once and reused by later builds', () => {
  // stubEnv, undone after the file: the unit project shares one module registry and process.env
  // between test files (isolate: false), so a leaked CACHE_DIR would move every later cache.
  beforeAll(async () => {
    vi.stubEnv('CACHE_DIR', await mkdtemp(join(tmpdir(), 'card-cache-')));
  });
  afterAll(() => { vi.unstubAllEnvs(); });

  it('draws a card the first time and reads the same bytes the second time', async () => {
    let draws = 0;
    const draw = async () => { draws += 1; return Buffer.from(`png-${draws}`); };
    const first = await cachedCard({ title: '亮点五' }, draw);
    const second = await cachedCard({ title: '亮点五' }, draw);
    expect(draws).toBe(1);
    expect(second.equals(first)).toBe(true);
  });

  it('draws again when anything in the content changes', async () => {
    let draws = 0;
    const draw = async () => { draws += 1; return Buffer.from('png'); };
    await cachedCard({ title: '亮点六' }, draw);
    await cachedCard({ title: '亮点六 ' }, draw);
    expect(draws).toBe(2);
  });

  it('leaves only whole files in the cache folder', async () => {
    const files = await readdir(cardCacheDir());
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^[0-9a-f]{64}\.png$/.test(f))).toBe(true);
  });
});
