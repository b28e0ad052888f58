// `public/_headers` (Netlify / Cloudflare Pages) is written for a site at "/". Under a sub-path
// (BASE_PATH) its rules would match nothing of ours (`/_astro/*`) or the whole host (`/*`), so
// after the build every path rule in the copied file gets the base path in front.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Prefixes the path rules (lines starting with `/`) of a `_headers` text with `basePath`.
 * @example prefixHeaderRules('/*\n  X: y', '/a/b/') // '/a/b/*\n  X: y'
 */
export function prefixHeaderRules(text: string, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  return text.split('\n').map((line) => (line.startsWith('/') ? `${base}${line}` : line)).join('\n');
}

/** Astro integration: rewrites `<outDir>/_headers` for `basePath` after a build. */
export default function basePathHeaders(basePath: string): AstroIntegration {
  return {
    name: 'base-path-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (basePath === '/' || !existsSync(file)) return;
        writeFileSync(file, prefixHeaderRules(readFileSync(file, 'utf8'), basePath));
      },
    },
  };
}
