import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONVERSION_SOURCES, cachedConversions } from '@/lib/zh/conversion-cache';

const TW = { from: 'cn', to: 'tw' } as const;
const TEXTS = ['头发', '发展', '<p>江津区主题教育</p>'];

describe('cached OpenCC conversions', () => {
  let dir: string;
  let root: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'conversions-'));
    root = await mkdtemp(join(tmpdir(), 'conversion-root-'));
    for (const file of CONVERSION_SOURCES) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), `v1 ${file}`);
    }
  });
  let made = 0;
  const counting = (options: typeof TW) => { made += 1; return OpenCC.Converter(options); };
  const run = (texts = TEXTS) => {
    const cache = cachedConversions(counting, dir, root);
    const convert = cache.makeConverter(TW);
    const out = texts.map(convert);
    cache.save();
    return { out, misses: cache.misses };
  };

  it('gives exactly what OpenCC gives, and on the next build converts nothing and loads no dictionary', () => {
    made = 0;
    const first = run();
    expect(first.out).toEqual(['頭髮', '發展', '<p>江津區主題教育</p>']);
    expect([first.misses, made]).toEqual([3, 1]);
    const second = run();
    expect(second.out).toEqual(first.out);
    expect([second.misses, made]).toEqual([0, 1]);
  });

  it('converts only the text that changed', () => {
    run();
    expect(run(['头发', '发展', '<p>江津区主题教育 十大亮点</p>']).misses).toBe(1);
  });

  it('keeps only the conversions the last build used', async () => {
    run();
    run(['头发']);
    made = 0;
    expect(run().misses).toBe(2);
  });

  it('converts anew when the conversion code or the converter options change', async () => {
    run();
    await writeFile(join(root, CONVERSION_SOURCES[0]!), 'v2 with a phrase fix');
    expect(run().misses).toBe(3);
    const cache = cachedConversions(counting, dir, root);
    cache.makeConverter({ from: 'cn', to: 'hk' } as unknown as typeof TW)('头发');
    expect(cache.misses).toBe(1);
    expect((await readdir(dir)).every((f) => /^[0-9a-f]{16}\.json$/.test(f))).toBe(true);
  });
});
