// A tiny static server for a built `dist/`, so the browser tests load pages over real HTTP the
// way a host serves them (an in-process server dies with the test; a child `astro preview`
// outlives a killed npm).
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { normalizeBasePath } from '../../src/lib/model/routes';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** A running static server: `url` is the site's home (origin plus base path, ending in `/`). */
export interface StaticServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/** One `_headers` rule: a path pattern (`*` = anything) and its headers, in file order. */
type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** `_headers` as Netlify / Cloudflare Pages read it (`! Name` detach lines are skipped). */
async function readHeaderRules(file: string): Promise<HeaderRule[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#') || /^\s+!/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers of every rule matching `path`; a later rule's value of a header wins (Netlify). */
function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
  return out;
}

async function fileAt(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `dist` on 127.0.0.1 (a free port) under `basePath`, as a static host would: a folder
 * URL serves its index.html, a folder without its trailing slash redirects, anything else
 * (or anything outside the base path) is the site's 404.html with status 404.
 * @example const server = await serveDist(siteDir('main')); await page.goto(server.url + 'en/');
 */
export async function serveDist(dist: string, basePath = '/', options: { hostHeaders?: boolean } = {}): Promise<StaticServer> {
  const base = normalizeBasePath(basePath);
  const root = normalize(dist);
  const rules = options.hostHeaders ? await readHeaderRules(join(root, '_headers')) : [];

  const notFound = async (res: import('node:http').ServerResponse) => {
    const page = join(root, '404.html');
    res.statusCode = 404;
    if ((await fileAt(page)) === 'file') {
      res.setHeader('content-type', CONTENT_TYPES['.html']!);
      createReadStream(page).pipe(res);
    } else {
      res.end('not found');
    }
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(res);
    }
    if (!`${pathname}/`.startsWith(base)) return notFound(res);
    const inside = pathname.slice(base.length - 1);
    const target = normalize(join(root, inside));
    // Never serve anything above dist/ (`/../`).
    if (target !== root && !target.startsWith(root + sep)) return notFound(res);
    const kind = await fileAt(target);
    if (kind === 'dir') {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const index = join(target, 'index.html');
      if ((await fileAt(index)) !== 'file') return notFound(res);
      res.setHeader('content-type', CONTENT_TYPES['.html']!);
      return createReadStream(index).pipe(res);
    }
    if (kind !== 'file') return notFound(res);
    res.setHeader('content-type', CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream');
    createReadStream(target).pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
