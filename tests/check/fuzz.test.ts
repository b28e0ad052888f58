// Seeded fuzzing of the checker: a few hundred random mutations of a valid tree (bytes, lines,
// YAML values, photo bytes). The checker must never throw, every problem must name a file and
// say what to do in both languages, and whatever the build would fail on (astro-verdict.ts),
// the checker must refuse first.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, optionsFor } from '@/lib/check/check-content';
import { createRandom, intBetween, pickOne } from '../bench/random';
import { ARTICLE, samplePng, writeBaseTree } from './catalogue/base-tree';
import { astroVerdict } from './support/astro-verdict';

const SEED = 20241201;
const CASES = 300;
const IN_FLIGHT = 4;
const SNIPPETS = ['\0', '\u000b', '\u000c', '\u001b', '"', "'", ':', ': ', ' #', '-', '---', '----', '\n', '\t', '[', '{', '&a ', '*a',
  '!!js/function ', '!!binary ', '“', '”', '\uFEFF', '\u2028', '|', '>', '%YAML 1.1', '...', '+++', '`', '\\', '<script>', '](javascript:x)', '![](https://x.example/a.png)'];
const VALUES = ['', '~', '[]', '{}', '0', '-1', '1.5', '.inf', '2024-02-30', '"2024-13-45T99:99:00+08:00"', '2024-02-07', 'true', '!!binary aGk=',
  '&x y', '*x', '"\\0"', "'", '"', 'https://x.example/y.png', '/etc/passwd', '../../x.png', './photo.png', '[a, b]', 'null', '“3”', '0000-01-01T00:00:00Z'];

type Mutation = (text: string, random: () => number) => string;
const MUTATIONS: Record<string, Mutation> = {
  flipByte: (t, r) => {
    const bytes = Buffer.from(t);
    bytes[intBetween(r, 0, bytes.length - 1)] = intBetween(r, 0, 255);
    return bytes.toString('latin1') === t ? t : Buffer.from(bytes).toString('utf8');
  },
  insertSnippet: (t, r) => { const at = intBetween(r, 0, t.length); return t.slice(0, at) + pickOne(r, SNIPPETS) + t.slice(at); },
  deleteLine: (t, r) => { const lines = t.split('\n'); lines.splice(intBetween(r, 0, lines.length - 1), 1); return lines.join('\n'); },
  duplicateLine: (t, r) => { const lines = t.split('\n'); const i = intBetween(r, 0, lines.length - 1); lines.splice(i, 0, lines[i]!); return lines.join('\n'); },
  replaceValue: (t, r) => {
    const lines = t.split('\n');
    const candidates = lines.map((l, i) => (/^\s*(- )?[a-z]+: /.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return t;
    const i = pickOne(r, candidates);
    lines[i] = lines[i]!.replace(/: .*$/, `: ${pickOne(r, VALUES)}`);
    return lines.join('\n');
  },
  truncate: (t, r) => t.slice(0, intBetween(r, 0, t.length)),
};

let work = '';
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`fuzzed content (seed ${SEED}, ${CASES} cases)`, () => {
  it('never throws, names a file in every problem, and refuses everything the build would fail on', async () => {
    work = mkdtempSync(join(tmpdir(), 'fuzz-'));
    const random = createRandom(SEED);
    const png = await samplePng();
    // The checker's cache as the build uses it, but in this run's folder, not node_modules/.astro.
    const cacheDir = join(work, 'check-cache');
    const crashes: string[] = [];
    const unnamed: string[] = [];
    const buildOnly: string[] = [];
    let refused = 0;
    // Each case's tree is written and mutated in order (the random sequence, so the cases, are
    // those of a one-by-one run); the check and the build verdict of up to IN_FLIGHT cases then
    // run at once, so one case's photo decoding (sharp's threads) overlaps another's parsing.
    const judge = async (n: number, dir: string, applied: string[]) => {
      let result;
      try {
        result = await checkContent(dir, optionsFor(dir), cacheDir);
      } catch (error) {
        crashes.push(`${n} [${applied.join(', ')}]: ${(error as Error).stack}`);
        return;
      }
      for (const p of result.problems) {
        if (!p.file || !p.zh || !p.en || p.rule === 'checker-failed') unnamed.push(`${n} [${applied.join(', ')}]: ${JSON.stringify(p)}`);
      }
      if (result.errors > 0) refused++;
      const build = await astroVerdict(dir);
      if (build && result.errors === 0) buildOnly.push(`${n} [${applied.join(', ')}]: ${build}`);
    };
    const inFlight = new Set<Promise<void>>();
    for (let n = 0; n < CASES; n++) {
      const dir = join(work, String(n));
      await writeBaseTree(dir, png);
      const applied: string[] = [];
      for (let k = intBetween(random, 1, 3); k > 0; k--) {
        const locale = pickOne(random, ['zh-hans', 'en']);
        const folder = join(dir, ARTICLE, locale);
        const name = pickOne(random, readdirSync(folder));
        const file = join(folder, name);
        if (name === 'photo.png') {
          const bytes = readFileSync(file);
          if (random() < 0.5) writeFileSync(file, bytes.subarray(0, intBetween(random, 0, bytes.length)));
          else { bytes[intBetween(random, 0, bytes.length - 1)] ^= 0xff; writeFileSync(file, bytes); }
          applied.push(`${locale}/${name}:bytes`);
          continue;
        }
        const kind = pickOne(random, Object.keys(MUTATIONS));
        writeFileSync(file, MUTATIONS[kind]!(readFileSync(file, 'utf8'), random));
        applied.push(`${locale}/${name}:${kind}`);
      }
      const judged: Promise<void> = judge(n, dir, applied).finally(() => inFlight.delete(judged));
      inFlight.add(judged);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    console.log(`fuzz: ${CASES} cases, ${refused} refused by the checker, ${crashes.length} crashes, ${unnamed.length} unnamed, ${buildOnly.length} build-only failures`);
    expect(crashes).toEqual([]);
    expect(unnamed).toEqual([]);
    expect(buildOnly).toEqual([]);
    expect(refused).toBeGreaterThan(CASES / 3); // the mutations really break things
  }, 240_000);
});
