// Atomic publish through the real `npm run build`: a build killed at any moment, failing on bad
// content or running out of disk leaves the previous output byte-identical, with no staging
// folder inside it. Uses a 20-article synthetic corpus (tests/bench/corpus.ts), cold caches so
// every killed build is really mid-way, and a small tmpfs for ENOSPC when the machine allows it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support';
import { readCorpusSource, writeCorpus } from '../bench/corpus';
import { samplePng, writeBaseTree } from './catalogue/base-tree';
import { MUTATIONS } from './catalogue/mutations';
import { manifest, mountTmpfs, runNpm, STACK_FRAME, startNpm } from './support/npm-build';

const WORK = join(ROOT, 'tests/.output/atomic-build');
const DIST = join(WORK, 'dist');
const CORPUS = join(WORK, 'corpus');
let good: Record<string, string> = {};
let png: Buffer;

/** Files under `dir` right now (0 while it is being created or renamed away). */
function countFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}
const inside = (dir: string) => readdirSync(dir).filter((n) => /staging|previous/.test(n));
const beside = () => readdirSync(WORK).filter((n) => n.startsWith('dist.'));

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  await writeCorpus(CORPUS, 20, await readCorpusSource(ROOT));
  png = await samplePng();
  const first = await runNpm(ROOT, 'build', { CONTENT_DIR: CORPUS, OUT_DIR: DIST, CACHE_DIR: join(WORK, 'cache-good') });
  expect(first.code, first.output.slice(-3000)).toBe(0);
  good = manifest(DIST);
  // 20 articles × 3 editions: pages, one share card each, feeds, sitemap, icons.
  expect(Object.keys(good).length).toBeGreaterThan(80);
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('npm run build publishes atomically', () => {
  // Fixed times for the start of a build; later kills wait for the staging folder to fill (polled
  // every 20 ms), so they always hit a half-written build however fast the machine is.
  it.each(['0.5 s', '1.5 s', '2.5 s', 'the first file in staging', 'half the site in staging'])('SIGKILL of the whole build after %s leaves dist/ byte-identical', async (at) => {
    const late = !at.endsWith(' s');
    const run = startNpm(ROOT, 'build', { CONTENT_DIR: CORPUS, OUT_DIR: DIST, CACHE_DIR: join(WORK, `cache-kill-${at.replace(/\W/g, '')}`) });
    if (late) {
      const want = at.startsWith('half') ? Object.keys(good).length / 2 : 1;
      const staged = () => beside().filter((n) => n.startsWith('dist.staging-')).reduce((n, dir) => n + countFiles(join(WORK, dir)), 0);
      const deadline = Date.now() + 100_000;
      while (staged() < want && Date.now() < deadline) await sleep(20);
    } else {
      await sleep(Number.parseFloat(at) * 1000);
    }
    process.kill(-run.child.pid!, 'SIGKILL');
    const { signal, output } = await run.done;
    expect(signal, `the build finished before the kill:\n${output.slice(-500)}`).toBe('SIGKILL');
    expect(manifest(DIST)).toEqual(good);
    expect(inside(DIST)).toEqual([]);
    if (late) {
      // The kill hit a half-written build: its staging folder beside dist/ already holds files.
      const staging = beside().filter((n) => n.startsWith('dist.staging-'));
      expect(staging.length).toBe(1);
      expect(Object.keys(manifest(join(WORK, staging[0]!))).length).toBeGreaterThan(0);
    }
  }, 120_000);

  // The review's check-passes-build-fails inputs, plus the alias bomb: the real build refuses each
  // with the checker's message (its integration runs the same checker) and never touches dist/.
  it.each(['photo-not-an-image', 'date-quoted-impossible-time', 'yaml-alias-bomb', 'photo-svg', 'photo-etc-passwd',
    'frontmatter-is-list', 'yaml-js-function-tag', 'site-json-locale-path'])(
    'bad content (%s): check and build refuse it by file name, without a stack trace; dist/ unchanged', async (name) => {
      const c = MUTATIONS.find((m) => m.name === name)!;
      const dir = join(WORK, name);
      await writeBaseTree(dir, png);
      await c.mutate(dir);
      const check = await runNpm(ROOT, 'check', {}, ['--content', dir]);
      expect(check.code).toBe(1);
      expect(check.output).toContain(`${dir}/${c.file}`);
      expect(check.output).toContain(c.en);
      expect(check.output).not.toMatch(STACK_FRAME);
      const build = await runNpm(ROOT, 'build', { CONTENT_DIR: dir, OUT_DIR: DIST, CACHE_DIR: join(WORK, 'cache-bad') });
      expect(build.code).toBe(1);
      expect(build.output).toContain(`${dir}/${c.file}`);
      expect(build.output).toContain(c.en);
      expect(build.output).toContain('The build failed;');
      expect(build.output).not.toMatch(STACK_FRAME);
      expect(manifest(DIST)).toEqual(good);
      expect(beside()).toEqual([]);
    }, 120_000);

  it('a good build after all that publishes the same bytes and leaves nothing beside dist/', async () => {
    const run = await runNpm(ROOT, 'build', { CONTENT_DIR: CORPUS, OUT_DIR: DIST, CACHE_DIR: join(WORK, 'cache-good') });
    expect(run.code, run.output.slice(-2000)).toBe(0);
    expect(beside()).toEqual([]);
    expect(manifest(DIST)).toEqual(good);
  }, 300_000);

  it('out of disk (a small tmpfs for OUT_DIR) fails with ENOSPC and leaves the old output byte-identical', async (context) => {
    const tiny = join(WORK, 'tiny');
    const small = join(WORK, 'small-dist');
    const content = join(WORK, 'small-content');
    await writeBaseTree(content, png);
    const first = await runNpm(ROOT, 'build', { CONTENT_DIR: content, OUT_DIR: small, CACHE_DIR: join(WORK, 'cache-small') });
    expect(first.code, first.output.slice(-2000)).toBe(0);
    const bytes = Number(execFileSync('du', ['-sb', small], { encoding: 'utf8' }).split('\t')[0]);
    const why = mountTmpfs(tiny, Math.ceil((bytes * 1.4) / 4096) * 4);
    if (why) {
      console.log(`ENOSPC test skipped: cannot mount a tmpfs here (${why})`);
      context.skip();
      return;
    }
    try {
      cpSync(small, join(tiny, 'dist'), { recursive: true });
      const before = manifest(join(tiny, 'dist'));
      const run = await runNpm(ROOT, 'build', { CONTENT_DIR: content, OUT_DIR: join(tiny, 'dist'), CACHE_DIR: join(WORK, 'cache-small') });
      expect(run.code).toBe(1);
      expect(run.output).toContain('ENOSPC');
      expect(run.output).not.toMatch(STACK_FRAME);
      expect(manifest(join(tiny, 'dist'))).toEqual(before);
      expect(readdirSync(tiny)).toEqual(['dist']);
    } finally {
      execFileSync('umount', [tiny]);
    }
  }, 180_000);
});
