// `npm run bench`: builds synthetic corpora with this project and with a plain Astro project on
// Astro's default Markdown pipeline, and prints a Markdown table of the figures.
// Options: --sizes 1,100,1000 (articles per corpus) · --runs 3 (builds per median) ·
// --variants ours,plain · --keep (leave the temp folder for inspection; logs are in it).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCorpusSource, writeCorpus } from './corpus';
import { GNU_TIME, measureOutput, runAstroBuild } from './measure';
import { writePlainProject } from './plain-project';
import { formatTable, type Measurement } from './report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string', default: '3' },
    variants: { type: 'string', default: 'ours,plain' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const variants = values.variants.split(',') as Measurement['variant'][];
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || variants.some((v) => v !== 'ours' && v !== 'plain')) {
  throw new Error('usage: npm run bench -- [--sizes 1,100,1000] [--runs 3] [--variants ours,plain] [--keep]');
}

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

try {
  for (const articles of sizes) {
    const corpus = join(tmp, `corpus-${articles}`);
    const markdownFiles = await writeCorpus(corpus, articles, source);
    const plainDir = join(tmp, `plain-${articles}`);
    await writePlainProject(plainDir, corpus, join(ROOT, 'node_modules'));
    const setups = variants.map((variant) => {
      const out = variant === 'ours' ? join(oursOut, `out-${articles}`) : join(plainDir, 'dist');
      const cache = join(tmp, `cache-${articles}-${variant}`);
      return {
        variant, out, cache,
        cwd: variant === 'ours' ? ROOT : plainDir,
        env: { OUT_DIR: out, CACHE_DIR: cache, ...(variant === 'ours' ? { CONTENT_DIR: corpus } : {}) },
        cold: { articles, markdownFiles, variant, build: 'cold', wallSeconds: [], peakBytes: [], outputBytes: 0, pages: 0 } as Measurement,
        warm: { articles, markdownFiles, variant, build: 'warm', wallSeconds: [], peakBytes: [], outputBytes: 0, pages: 0 } as Measurement,
      };
    });
    // Variants alternate inside each round, so background load on the machine hits both alike.
    for (const build of ['cold', 'warm'] as const) {
      for (let round = 1; round <= runs; round++) {
        for (const s of setups) {
          // Cold: no output and no cache (content store, optimised assets) from an earlier build.
          if (build === 'cold') await Promise.all([rm(s.out, { recursive: true, force: true }), rm(s.cache, { recursive: true, force: true })]);
          const log = join(tmp, 'logs', `${articles}-${s.variant}-${build}-${round}.log`);
          const run = await runAstroBuild(s.cwd, s.env, log);
          const m = s[build];
          m.wallSeconds.push(run.wallSeconds);
          m.peakBytes.push(run.peakBytes);
          const output = await measureOutput(s.out);
          m.outputBytes = output.bytes;
          m.pages = output.pages;
          progress(`${articles} articles · ${s.variant} · ${build} ${round}/${runs}: ${run.wallSeconds.toFixed(2)} s, ${(run.peakBytes / 1e6).toFixed(0)} MB peak, ${m.pages} pages`);
        }
      }
    }
    measurements.push(...setups.map((s) => s.cold), ...setups.map((s) => s.warm));
  }
} finally {
  if (!values.keep) await Promise.all([tmp, oursOut].map((dir) => rm(dir, { recursive: true, force: true })));
}

console.log(`Build benchmark — ${new Date().toISOString()}, Node ${process.version}, ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
console.log(`Command: npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${values.variants !== 'ours,plain' ? ` --variants ${values.variants}` : ''}`);
console.log(`Wall s: median of ${runs}; cold = output and cache deleted before each build, warm = rebuilt with nothing changed.`);
console.log(`Peak memory: ${existsSync(GNU_TIME) ? 'GNU time -v "Maximum resident set size" of the build process' : 'summed VmHWM of the build process tree, sampled every 100 ms'} (median).`);
console.log('pages = HTML files in the output except 404.html (ours: every locale and the root page; plain: one per article).\n');
console.log(formatTable(measurements));
