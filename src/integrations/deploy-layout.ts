// After a build, lays dist/ out for the host (src/lib/publish/deploy-layout.ts): nested under the base
// path for Netlify / Cloudflare Pages, flat otherwise, with `_headers` adjusted to match. Runs in
// `astro:build:done`, on the folder Astro just wrote (the staging folder when the build is staged).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chooseLayout, detectHost, headersFor, redirectsFor } from '@/lib/publish/deploy-layout';
import { SITE } from '@/site.config';

/** Files a host reads at the top of its publish folder, copied there from the nested site. */
const HOST_FILES = ['404.html', 'robots.txt'];

/** Moves every entry of `dir` into `dir/<base>/`. */
function nest(dir: string, basePath: string): string {
  const segments = basePath.split('/').filter(Boolean);
  const staging = join(dir, `.nest-${process.pid}`);
  mkdirSync(staging);
  for (const name of readdirSync(dir)) if (join(dir, name) !== staging) renameSync(join(dir, name), join(staging, name));
  const target = join(dir, ...segments);
  mkdirSync(join(target, '..'), { recursive: true });
  renameSync(staging, target);
  return target;
}

/** Astro integration: build only. */
export default function deployLayout(): AstroIntegration {
  return {
    name: 'deploy-layout',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const host = detectHost(process.env);
        const layout = chooseLayout(process.env, SITE.basePath);
        const site = layout === 'nested' ? nest(out, SITE.basePath) : out;
        const headers = join(site, '_headers');
        if (existsSync(headers)) {
          const text = headersFor(readFileSync(headers, 'utf8'), SITE.basePath, layout, host);
          if (layout === 'nested') rmSync(headers);
          writeFileSync(join(out, '_headers'), text);
        }
        if (layout === 'flat') return;
        for (const name of HOST_FILES) if (existsSync(join(site, name))) cpSync(join(site, name), join(out, name));
        writeFileSync(join(out, '_redirects'), redirectsFor(SITE.basePath));
        logger.info(`dist/ 已按子路径排好：文件在 dist${SITE.basePath} / laid out for a sub-path host: files under dist${SITE.basePath}`);
      },
    },
  };
}
