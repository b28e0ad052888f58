// `npm run lighthouse`: builds the site, serves it on 127.0.0.1 and runs Lighthouse 12 (mobile
// emulation, its default) on the Chinese and English home pages; prints the four category
// scores with LCP, CLS and TBT, and what keeps any category below the target.
// Options: --pages /,/en/ · --min 100 (exit 1 when a score is lower) · --dist <folder> (audit an
// existing build instead of building).
// Chrome: the one the browser tests use (CHROME_PATH, an installed Chrome/Chromium, npm's).
// Lighthouse is not installed with the project (138 packages for a script outside `npm test`):
// it runs on demand through `npx lighthouse@<LIGHTHOUSE_VERSION>`, fetched into npm's cache on
// first use. 12.2.3 is pinned: 13.x wants Node 22 and its lock file breaks `npm ci`.
import chromium from '@sparticuz/chromium';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, siteDir } from '../support/build-site';
import { serveDist } from '../support/serve';
import { chooseBrowser } from '../support/browser-choice';
import { CATEGORIES, failingAudits, readScores, type LighthouseResult } from './scores';

// The quiet flags of tests/support/browser.ts: no update checks, sync or QUIC on a closed network.
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '/,/en/' },
    min: { type: 'string', default: '100' },
    dist: { type: 'string' },
  },
});
const pages = values.pages.split(',');
const min = Number(values.min);
const progress = (message: string) => process.stderr.write(`[lighthouse] ${message}\n`);

let dist = values.dist;
if (!dist) {
  // Built under tests/.output/ (git-ignored) with its own cache: an outDir inside the project
  // keeps Astro's prerender staging out of the shared <project>/.astro/ folder.
  progress('building the site…');
  const { code, output } = await buildSite('lighthouse', { contentDir: process.env.CONTENT_DIR ?? 'content' });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-3000)}`);
  dist = siteDir('lighthouse');
}
for (const page of pages) {
  if (!existsSync(join(dist, page, page.endsWith('.html') ? '' : 'index.html'))) throw new Error(`${page} is not in ${dist}`);
}

/** The Lighthouse release `npm run lighthouse` runs. */
const LIGHTHOUSE_VERSION = '12.2.3';

const choice = chooseBrowser(process.env, process.platform, process.arch, existsSync);
if (choice.kind === 'none') throw new Error(choice.message);
const chromePath = choice.kind === 'packaged' ? await chromium.executablePath() : choice.path;

/**
 * One audit through the Lighthouse CLI: its JSON report (on stdout), or a thrown error. Async on
 * purpose: the site is served from this process, which must keep answering while it runs.
 */
function audit(url: string): Promise<LighthouseResult & { runtimeError?: { message: string } }> {
  const child = spawn('npx', [
    '--yes', `lighthouse@${LIGHTHOUSE_VERSION}`, url,
    '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`npx lighthouse@${LIGHTHOUSE_VERSION} failed for ${url} (exit ${code}):\n${stderr.slice(-3000)}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

const server = await serveDist(dist);
const rows: string[][] = [];
const notes: string[] = [];
let belowTarget = false;
try {
  for (const page of pages) {
    const url = server.origin + page;
    progress(`auditing ${url}`);
    const lhr = await audit(url);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const { scores, lcpMs, cls, tbtMs } = readScores(lhr);
    rows.push([page, ...CATEGORIES.map((c) => String(scores[c] ?? 'n/a')),
      lcpMs === undefined ? 'n/a' : `${(lcpMs / 1000).toFixed(2)} s`,
      cls === undefined ? 'n/a' : cls.toFixed(3),
      tbtMs === undefined ? 'n/a' : `${Math.round(tbtMs)} ms`]);
    for (const category of CATEGORIES) {
      if ((scores[category] ?? 0) >= min) continue;
      belowTarget = true;
      notes.push(`${page} ${category} ${scores[category] ?? 'n/a'}:`, ...failingAudits(lhr, category).map((a) => `  - ${a}`));
    }
  }
} finally {
  await server.close();
}

console.log(`Lighthouse ${LIGHTHOUSE_VERSION} (npx, on demand), mobile emulation (default config, simulated throttling), Chrome ${chromePath}`);
console.log('');
const header = ['page', ...CATEGORIES, 'LCP', 'CLS', 'TBT'];
for (const cells of [header, header.map(() => '---'), ...rows]) console.log(`| ${cells.join(' | ')} |`);
if (notes.length) console.log(`\nBelow ${min}:\n${notes.join('\n')}`);
process.exitCode = belowTarget ? 1 : 0;
