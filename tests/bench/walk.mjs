// The walk of one highlight, counted (issue 15): the project files the page build imports from
// astro.config.ts, content.config.ts and the page, card, feed and sitemap routes, following every
// relative and `@/` import; the content check's integrations are left out (they read the files,
// the highlight does not pass through them). `node tests/bench/walk.mjs` prints the count and, with
// `--list`, the files. Plain JavaScript on purpose: it runs on any Node, in any checkout.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
const root = process.cwd();
const entries = ['astro.config.ts', 'src/content.config.ts', 'src/pages/[...path].astro', 'src/pages/cards/[...card].png.ts', 'src/pages/rss.xml.ts', 'src/pages/[locale]/rss.xml.ts', 'src/pages/sitemap-index.xml.ts', 'src/pages/sitemap-[index].xml.ts'];
const seen = new Set();
const exts = ['', '.ts', '.mjs', '.astro', '/index.ts', '.json'];
function visit(f) {
  if (/src\/integrations\/(content-check|dev-content-errors)\.ts$/.test(f)) return;
  if (seen.has(f)) return; seen.add(f);
  if (f.endsWith('.json') || f.endsWith('.css')) return;
  const text = readFileSync(join(root, f), 'utf8');
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]((?:@\/|\.\.?\/)[^'"]+)['"]/g)) {
    const base = spec.startsWith('@/') ? join(root, 'src', spec.slice(2)) : resolve(dirname(join(root, f)), spec);
    const hit = exts.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) visit(relative(root, hit));
  }
}
for (const e of entries) if (existsSync(join(root, e))) visit(e);
const files = [...seen].sort();
const by = {};
for (const f of files) { const k = f.split('/').slice(0, 3).join('/'); by[k] = (by[k] ?? 0) + 1; }
console.log(files.length, 'files'); if (process.argv.includes('--list')) console.log(files.join('\n'));
console.log(by);
