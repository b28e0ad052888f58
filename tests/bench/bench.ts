// `npm run bench`: builds synthetic corpora with this project, with a plain Astro project on
// Astro's default Markdown pipeline and, when `hugo` is installed, with a minimal Hugo site, and
// prints a Markdown table of the figures.
// Options: --sizes 1,100,1000 (articles per corpus) · --runs 3 (builds per median) ·
// --variants ours,plain,hugo · --keep (leave the temp folder for inspection; logs are in it).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHANGED_FILE, changeOneHighlight, readCorpusSource, writeCorpus } from './corpus';
import { findHugo, writeHugoProject } from './hugo-project';
import { GNU_TIME, astroBuildCommand, measureOutput, runBuild } from './measure';
import { writePlainProject } from './plain-project';
import { formatTable, type BuildKind, type Measurement, type Variant } from './report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hugo = findHugo();

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string', default: '3' },
    variants: { type: 'string', default: hugo ? 'ours,plain,hugo' : 'ours,plain' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const variants = values.variants.split(',') as Variant[];
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || variants.some((v) => !['ours', 'plain', 'hugo'].includes(v))) {
  throw new Error('usage: npm run bench -- [--sizes 1,100,1000] [--runs 3] [--variants ours,plain,hugo] [--keep]');
}
if (variants.includes('hugo') && !hugo) throw new Error('--variants hugo needs the `hugo` binary (Debian: apt-get install -y hugo)');

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const tmp = await mkdtemp(join(tmpdir(), 'news-bench-'));
await mkdir(join(tmp, 'logs'));
// Our output must lie inside the project: for an outDir outside its cwd, Astro 7 stages the
// prerender bundle in <cwd>/.astro/.prerender/ and deletes it afterwards, so two such builds of
// one project at once (other builds on this machine) break each other.
await mkdir(join(ROOT, 'tests/.output'), { recursive: true });
const oursOut = await mkdtemp(join(ROOT, 'tests/.output/bench-'));
progress(`working in ${tmp} and ${oursOut}`);
const source = await readCorpusSource(ROOT);
const measurements: Measurement[] = [];

/** How each variant builds a corpus: command, folder, environment, output and cache. */
async function setUp(variant: Variant, articles: number, corpus: string) {
  const cache = join(tmp, `cache-${articles}-${variant}`);
  if (variant === 'ours') {
    const out = join(oursOut, `out-${articles}`);
    return { command: astroBuildCommand(ROOT), cwd: ROOT, out, cache, env: { OUT_DIR: out, CACHE_DIR: cache, CONTENT_DIR: corpus } };
  }
  const dir = join(tmp, `${variant}-${articles}`);
  const out = join(dir, 'dist');
  if (variant === 'plain') {
    await writePlainProject(dir, corpus, join(ROOT, 'node_modules'));
    return { command: astroBuildCommand(dir), cwd: dir, out, cache, env: { OUT_DIR: out, CACHE_DIR: cache } };
  }
  await writeHugoProject(dir, corpus);
  return { command: [hugo!, '--quiet', '--destination', out, '--cacheDir', cache], cwd: dir, out, cache, env: {} };
}

try {
  for (const articles of sizes) {
    const corpus = join(tmp, `corpus-${articles}`);
    const markdownFiles = await writeCorpus(corpus, articles, source);
    const setups = await Promise.all(variants.map(async (variant) => ({
      variant, ...(await setUp(variant, articles, corpus)),
      results: Object.fromEntries((['cold', 'warm', 'changed'] as const).map((build) => [build,
        { articles, markdownFiles, variant, build, wallSeconds: [], peakBytes: [], outputBytes: 0, pages: 0 } as Measurement])) as Record<BuildKind, Measurement>,
    })));
    // Variants alternate inside each round, so background load on the machine hits both alike.
    for (const build of ['cold', 'warm', 'changed'] as const) {
      for (let round = 1; round <= runs; round++) {
        // Changed: one highlight edited since the last build, the same edit for every variant.
        if (build === 'changed') await changeOneHighlight(corpus, source, round);
        for (const s of setups) {
          // Cold: no output and no cache (content store, optimised assets, cards) from an earlier build.
          if (build === 'cold') await Promise.all([rm(s.out, { recursive: true, force: true }), rm(s.cache, { recursive: true, force: true })]);
          const log = join(tmp, 'logs', `${articles}-${s.variant}-${build}-${round}.log`);
          const run = await runBuild(s.command, s.cwd, s.env, log);
          const m = s.results[build];
          m.wallSeconds.push(run.wallSeconds);
          m.peakBytes.push(run.peakBytes);
          const output = await measureOutput(s.out);
          m.outputBytes = output.bytes;
          m.pages = output.pages;
          progress(`${articles} articles · ${s.variant} · ${build} ${round}/${runs}: ${run.wallSeconds.toFixed(2)} s, ${(run.peakBytes / 1e6).toFixed(0)} MB peak, ${m.pages} pages`);
        }
      }
    }
    for (const build of ['cold', 'warm', 'changed'] as const) measurements.push(...setups.map((s) => s.results[build]));
  }
} finally {
  if (!values.keep) await Promise.all([tmp, oursOut].map((dir) => rm(dir, { recursive: true, force: true })));
}

console.log(`Build benchmark — ${new Date().toISOString()}, Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM${hugo ? '' : ' (no hugo installed: Hugo variant skipped)'}`);
console.log(`Command: npm run bench -- --sizes ${sizes.join(',')} --runs ${runs} --variants ${variants.join(',')}`);
console.log(`Wall s: median of ${runs}. cold = output and cache deleted before each build; warm = rebuilt with nothing changed; changed = rebuilt after one edit to ${CHANGED_FILE}.`);
console.log(`Peak memory: ${existsSync(GNU_TIME) ? 'GNU time -v "Maximum resident set size" of the build process' : 'summed VmHWM of the build process tree, sampled every 100 ms'} (median).`);
console.log('pages = HTML files in the output except 404.html (ours: every locale and the root page; plain and hugo: one per article). KB/page = output per article and locale.\n');
console.log(formatTable(measurements));
