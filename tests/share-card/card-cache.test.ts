import { existsSync, statSync } from 'node:fs';
import { link, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedCard, cachedCardFile, cardCacheDir, isCardCachedOrDrawing, placeCachedCard } from '@/lib/share-card/card-cache';
import { useTempCacheDir } from '../support/temp-cache';

describe('share cards are drawn once and reused by later builds', () => {
  useTempCacheDir('card-cache-');

  it('draws a card the first time and reads the same bytes the second time', async () => {
    let draws = 0;
    const draw = async () => { draws += 1; return Buffer.from(`png-${draws}`); };
    const first = await cachedCard({ title: '亮点五' }, draw);
    const second = await cachedCard({ title: '亮点五' }, draw);
    expect(draws).toBe(1);
    expect(second.equals(first)).toBe(true);
  });

  it('names the cache file the build copies its cards from, drawn only when missing', async () => {
    let draws = 0;
    const draw = async () => { draws += 1; return Buffer.from('png-9'); };
    const file = await cachedCardFile({ title: '亮点九' }, draw);
    expect(file.startsWith(cardCacheDir())).toBe(true);
    expect((await readFile(file)).toString()).toBe('png-9');
    expect(await cachedCardFile({ title: '亮点九' }, draw)).toBe(file);
    expect(draws).toBe(1);
  });

  it('draws again when anything in the content changes', async () => {
    let draws = 0;
    const draw = async () => { draws += 1; return Buffer.from('png'); };
    await cachedCard({ title: '亮点六' }, draw);
    await cachedCard({ title: '亮点六 ' }, draw);
    expect(draws).toBe(2);
  });

  it('draws a card asked for while it is being drawn once: the later caller waits for the first drawing', async () => {
    let draws = 0;
    let finish: (png: Buffer) => void = () => undefined;
    const draw = () => { draws += 1; return new Promise<Buffer>((resolve) => { finish = resolve; }); };
    expect(isCardCachedOrDrawing({ title: '亮点七' })).toBe(false);
    const early = cachedCard({ title: '亮点七' }, draw);
    const late = cachedCard({ title: '亮点七' }, draw);
    expect(isCardCachedOrDrawing({ title: '亮点七' })).toBe(true);
    finish(Buffer.from('png-7'));
    expect((await late).toString()).toBe('png-7');
    expect((await early).toString()).toBe('png-7');
    expect(draws).toBe(1);
    expect(isCardCachedOrDrawing({ title: '亮点七' })).toBe(true);
  });

  it('draws a card again after a drawing of it failed', async () => {
    await expect(cachedCard({ title: '亮点八' }, () => Promise.reject(new Error('worker died')))).rejects.toThrow('worker died');
    expect(isCardCachedOrDrawing({ title: '亮点八' })).toBe(false);
    expect((await cachedCard({ title: '亮点八' }, async () => Buffer.from('png-8'))).toString()).toBe('png-8');
  });

  it('leaves only whole files in the cache folder', async () => {
    const files = await readdir(cardCacheDir());
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^[0-9a-f]{64}\.png$/.test(f))).toBe(true);
  });
});

describe('a cached card is put into the output without copying its bytes where it can be', () => {
  const folder = useTempCacheDir('card-place-');
  let dir = '';
  let cached = '';
  beforeAll(async () => {
    dir = folder();
    cached = join(dir, 'cache.png');
    await writeFile(cached, 'png-bytes');
  });

  it('links the output file to the cache file on the same file system', async () => {
    const target = join(dir, 'out.png');
    await placeCachedCard(cached, target);
    expect((await readFile(target)).toString()).toBe('png-bytes');
    expect(statSync(target).ino).toBe(statSync(cached).ino);
  });

  it('replaces a file already at the target, even a link to the cache file, and leaves the cache file whole', async () => {
    const linked = join(dir, 'again.png');
    await link(cached, linked);
    await placeCachedCard(cached, linked);
    const other = join(dir, 'other.png');
    await writeFile(other, 'stale');
    await placeCachedCard(cached, other);
    expect((await readFile(cached)).toString()).toBe('png-bytes');
    expect((await readFile(linked)).toString()).toBe('png-bytes');
    expect((await readFile(other)).toString()).toBe('png-bytes');
  });

  it.runIf(existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev)('copies across file systems, where no link can be made', async () => {
    const elsewhere = await mkdtemp('/dev/shm/card-place-');
    try {
      const target = join(elsewhere, 'out.png');
      await placeCachedCard(cached, target);
      expect((await readFile(target)).toString()).toBe('png-bytes');
      expect(statSync(target).dev).not.toBe(statSync(cached).dev);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

