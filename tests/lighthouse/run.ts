// `npm run lighthouse`: builds the site, serves it on 127.0.0.1 and runs Lighthouse 12 (mobile
// emulation, its default) on the Chinese and English home pages; prints the four category
// scores with LCP, CLS and TBT, and what keeps any category below the target.
// Options: --pages /,/en/ · --min 100 (exit 1 when a score is lower) · --dist <folder> (audit an
// existing build instead of building).
// Chrome: CHROME_PATH, else the Chromium packaged on npm (@sparticuz/chromium).
import chromium from '@sparticuz/chromium';
import * as ChromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, siteDir } from '../support/build-site';
import { serveDist } from '../support/serve';
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

const server = await serveDist(dist);
const chromePath = process.env.CHROME_PATH || (await chromium.executablePath());
const chrome = await ChromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
const rows: string[][] = [];
const notes: string[] = [];
let belowTarget = false;
try {
  for (const page of pages) {
    const url = server.origin + page;
    progress(`auditing ${url}`);
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr as unknown as LighthouseResult;
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
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
  chrome.kill();
  await server.close();
}

console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation (default config, simulated throttling), Chrome ${chromePath}`);
console.log('');
const header = ['page', ...CATEGORIES, 'LCP', 'CLS', 'TBT'];
for (const cells of [header, header.map(() => '---'), ...rows]) console.log(`| ${cells.join(' | ')} |`);
if (notes.length) console.log(`\nBelow ${min}:\n${notes.join('\n')}`);
process.exitCode = belowTarget ? 1 : 0;
