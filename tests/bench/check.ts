// `npx tsx tests/bench/check.ts [--sizes 100,1000]`: the content check's own time on the bench
// corpora (tests/bench/corpus.ts), in one process: every rule run (no cache), a cold cache (rules
// run and results stored), a warm cache (nothing changed) and one highlight changed, each
// checked to give the uncached verdict. Times are wall seconds of one run on a shared machine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { checkContent, optionsFor, type CheckResult } from '@/lib/check/check-content';
import { readContentTree } from '@/lib/check/content-tree';
import { changeOneHighlight, readCorpusSource, writeCorpus } from './corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' } } });
const sizes = values.sizes.split(',').map(Number);
const source = await readCorpusSource(ROOT);
const tmp = await mkdtemp(join(tmpdir(), 'check-bench-'));

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, (performance.now() - start) / 1000];
}

const rows: string[] = [];
try {
  for (const articles of sizes) {
    const corpus = join(tmp, `corpus-${articles}`);
    const cache = join(tmp, `cache-${articles}`);
    const files = await writeCorpus(corpus, articles, source);
    const options = optionsFor(corpus);
    // Warm up the modules (markdown-it, OpenCC, sharp) so the first column does not pay for loading them.
    await checkContent(join(ROOT, 'content'), optionsFor(join(ROOT, 'content')), false);
    const [, walk] = await timed(() => readContentTree(corpus, () => true));
    const [uncached, none] = await timed(() => checkContent(corpus, options, false));
    const [cold, coldS] = await timed(() => checkContent(corpus, options, cache));
    const [warm, warmS] = await timed(() => checkContent(corpus, options, cache));
    await changeOneHighlight(corpus, source, 1);
    const [changed, changedS] = await timed(() => checkContent(corpus, options, cache));
    const reference: CheckResult = await checkContent(corpus, options, false);
    const same = isDeepStrictEqual(cold, uncached) && isDeepStrictEqual(warm, uncached) && isDeepStrictEqual(changed, reference);
    rows.push(`| ${articles} | ${files} | ${walk.toFixed(2)} | ${none.toFixed(2)} | ${coldS.toFixed(2)} | ${warmS.toFixed(2)} | ${changedS.toFixed(2)} | ${same ? 'yes' : 'NO'} |`);
    process.stderr.write(`[check bench] ${rows.at(-1)}\n`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
console.log('| articles | Markdown files | walk + read + hash s | no cache s | cold cache s | warm cache s | one highlight changed s | same verdicts |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
