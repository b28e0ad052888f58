// The bad-input catalogue, second half: every mutation of tests/check/catalogue/mutations.ts
// applied to a fresh copy of the valid base tree must produce its one named problem — file,
// severity, rule, line where given, both messages — and no other rule than those it lists. The
// first half (fixture folders) is bad-input.test.ts; the two together must reach 90 cases.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, optionsFor } from '@/lib/check/check-content';
import { samplePng, writeBaseTree } from './catalogue/base-tree';
import { MUTATIONS } from './catalogue/mutations';
import { astroVerdict } from './support/astro-verdict';

/** Cases the review saw pass `npm run check` and then fail the build: the verdict must see them fail. */
const BUILD_FAILS = new Set(['photo-not-an-image', 'photo-svg', 'photo-etc-passwd', 'photo-truncated', 'date-quoted-impossible-time',
  'yaml-js-function-tag', 'frontmatter-is-list', 'frontmatter-is-text', 'yaml-directive', 'vertical-tab-in-title', 'site-json-trailing-comma']);
const FIXTURE_CASES = readdirSync(join(import.meta.dirname, '../fixtures/bad-input')).filter((n) => n !== 'several-mistakes');
let work = '';
let png: Buffer;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'catalogue-'));
  png = await samplePng();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the base tree with one mutation applied; returns the content folder. */
async function mutated(name: string, mutate: (dir: string) => void | Promise<void>): Promise<string> {
  const dir = join(work, name, 'content');
  await writeBaseTree(dir, png);
  await mutate(dir);
  return dir;
}

describe('bad-input catalogue (mutations of a valid tree)', () => {
  it('has at least 90 cases with the fixture folders, and unique names', () => {
    expect(new Set(MUTATIONS.map((c) => c.name)).size).toBe(MUTATIONS.length);
    expect(MUTATIONS.length + FIXTURE_CASES.length).toBeGreaterThanOrEqual(90);
  });

  it('starts from a tree without a single problem', async () => {
    const dir = await mutated('base', () => {});
    expect((await checkContent(dir, optionsFor(dir))).problems).toEqual([]);
  });

  it.each(MUTATIONS)('$name → $severity $rule at $file', async (c) => {
    const dir = await mutated(c.name, c.mutate);
    const result = await checkContent(dir, optionsFor(dir));
    const found = result.problems.find((p) => p.rule === c.rule && p.file === c.file);
    expect(found, JSON.stringify(result.problems, null, 1)).toBeDefined();
    expect(found!.severity).toBe(c.severity);
    if (c.line !== undefined) expect(found!.line).toBe(c.line);
    expect(found!.zh).toContain(c.zh);
    expect(found!.en).toContain(c.en);
    expect([...new Set(result.problems.map((p) => p.rule))].sort()).toEqual([...new Set([c.rule, ...(c.also ?? [])])].sort());
    for (const p of result.problems) expect(p.file, `${p.rule} names no file`).not.toBe('');
    // Check and build agree: whatever the build would fail on, the checker refuses first.
    const build = await astroVerdict(dir);
    if (BUILD_FAILS.has(c.name)) expect(build, 'the build-side verdict should fail this case').toBeDefined();
    if (build) expect(result.errors, `the build fails (${build}) but the check passes`).toBeGreaterThan(0);
  });

  it.each(FIXTURE_CASES)('fixture %s: whatever the build fails on, the check refuses', async (name) => {
    const dir = join(import.meta.dirname, '../fixtures/bad-input', name);
    const build = await astroVerdict(dir);
    const result = await checkContent(dir, optionsFor(dir));
    if (build) expect(result.errors, `the build fails (${build}) but the check passes`).toBeGreaterThan(0);
  });
});
