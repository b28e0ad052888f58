// Astro's incremental build copies unchanged pages from the last build (cards come from the card cache)
// (experimental.incrementalBuild, keys in src/lib/model/render-cache-key.ts): a rebuild after an
// edit must give exactly the site a build from nothing gives, file for file, and must have
// copied the pages the edit did not touch. Each build renders into its own folder with the same
// PUBLISH_DIR, as `npm run build` does with its staging folders (src/cli/build.ts).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { OUTPUT, listFiles } from '../support';

const FIXTURE = 'tests/fixtures/sites/two-articles';

describe('a rebuild that reuses the last build equals a build from nothing', () => {
  let content = '';
  let cache = '';
  const builds: Record<string, { code: number; output: string }> = {};
  const publish = join(OUTPUT, 'incremental-published');

  beforeAll(async () => {
    content = await mkdtemp(join(OUTPUT, 'incremental-content-'));
    cache = await mkdtemp(join(OUTPUT, 'incremental-cache-'));
    await cp(FIXTURE, content, { recursive: true });
    // Without the photo: an imported image makes Astro re-render every page after any content
    // edit by itself (its module graph changes), which would hide a key that misses a change.
    const older = join(content, 'older-report/zh-hans/index.md');
    await writeFile(older, (await readFile(older, 'utf8')).replace(/^ {4}image: \.\/village\.jpg\n/m, ''));
    await rm(join(content, 'older-report/zh-hans/village.jpg'));
    builds.first = await buildSite('incremental-first', { contentDir: content, env: { CACHE_DIR: cache, PUBLISH_DIR: publish } });
    // A highlight's text and an older article's headline (which the root page lists) change.
    const highlight = join(content, 'older-report/zh-hans/02.md');
    await writeFile(highlight, `${await readFile(highlight, 'utf8')}\n新增的一句话。\n`);
    const index = join(content, 'older-report/zh-hans/index.md');
    await writeFile(index, (await readFile(index, 'utf8')).replace('headline: 旧报道 两大亮点', 'headline: 旧报道 两大亮点（更新）'));
    builds.again = await buildSite('incremental-again', { contentDir: content, env: { CACHE_DIR: cache, PUBLISH_DIR: publish } });
    builds.fresh = await buildSite('incremental-fresh', { contentDir: content, env: { PUBLISH_DIR: publish } });
  }, 240_000);
  afterAll(async () => {
    for (const dir of [content, cache]) await rm(dir, { recursive: true, force: true });
  });

  it('builds all three times', () => {
    expect([builds.first!.code, builds.again!.code, builds.fresh!.code]).toEqual([0, 0, 0]);
  });

  it('copies the untouched pages from the last build and renders the edited ones', () => {
    const restored = builds.again!.output.split('\n').filter((line) => line.includes('(restored)'));
    expect(restored.some((line) => line.includes('/en/newer-report/index.html'))).toBe(true);

    const rendered = builds.again!.output.split('\n').filter((line) => line.includes('older-report') && !line.includes('(restored)') && line.includes('index.html'));
    expect(rendered.length).toBeGreaterThan(0);
  });

  it('gives the same files, byte for byte, as a build from an empty cache', async () => {
    const again = join(OUTPUT, 'incremental-again/dist');
    const fresh = join(OUTPUT, 'incremental-fresh/dist');
    const files = await listFiles(fresh);
    expect(await listFiles(again)).toEqual(files);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect((await readFile(join(again, file))).equals(await readFile(join(fresh, file))), file).toBe(true);
    }
  });
});
