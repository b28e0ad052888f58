// The sub-path deploy recipes of README "Deploy", each checked by serving dist/ the way that host
// serves its publish folder and following every link from the site's home page over HTTP:
// - Netlify / Cloudflare Pages: the publish folder is the domain's root, so the build is nested
//   (DIST_LAYOUT=nested, automatic there): files under dist/<base>/, host files at the top.
// - GitHub Pages (project site) and nginx `alias`: the sub-path maps onto the folder, dist/ flat.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support';
import { serveDist, type StaticServer } from '../support/serve';

const BASE = '/zhuanti/2024/jiangjin/';

/** Every same-origin URL reachable from `start` through HTML links, with its HTTP status. */
async function crawl(origin: string, start: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await fetch(origin + path, { redirect: 'manual' });
    seen.set(path, response.status);
    if (!response.headers.get('content-type')?.includes('text/html') || response.status !== 200) {
      await response.body?.cancel();
      continue;
    }
    const $ = cheerio.load(await response.text());
    $('[href], [src], [srcset]').each((_, el) => {
      const raws = [el.attribs.href, el.attribs.src, ...(el.attribs.srcset?.split(',').map((p) => p.trim().split(/\s+/)[0]) ?? [])];
      for (const raw of raws) {
        if (!raw) continue;
        const url = new URL(raw, origin + path);
        if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
      }
    });
  }
  return seen;
}

const broken = (statuses: Map<string, number>) => [...statuses].filter(([, status]) => status !== 200);

describe('Netlify / Cloudflare Pages: publish dist/, served at the domain root (nested build)', () => {
  const dist = siteDir('subpath-nested');
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(dist, '/');
  });
  afterAll(() => server?.close());

  it('puts the site under dist/<base>/ and only host files at the top', () => {
    expect(existsSync(join(dist, 'zhuanti/2024/jiangjin/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
    expect(existsSync(join(dist, 'zhuanti/2024/jiangjin/_headers'))).toBe(false);
    for (const name of ['_headers', '_redirects', '404.html', 'robots.txt']) expect(existsSync(join(dist, name)), name).toBe(true);
  });

  it('serves every page, asset and card linked from the home page, all under the base path', async () => {
    const statuses = await crawl(server.origin, BASE);
    expect(broken(statuses)).toEqual([]);
    expect([...statuses.keys()].filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect([...statuses.keys()].filter((p) => p.endsWith('/')).length).toBeGreaterThanOrEqual(3);
    expect([...statuses.keys()].some((p) => p.startsWith(`${BASE}_astro/`) && p.endsWith('.css'))).toBe(true);
  });

  it('answers a missing page with the site 404 page, and sends the bare domain to the site', async () => {
    const missing = await fetch(`${server.origin}${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<meta name="robots" content="noindex"/);
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toMatch(new RegExp(`^/ ${BASE} 302$`, 'm'));
  });

  it('keeps the security headers site-wide and moves the cache and admin rules under the base path', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n\s+Content-Security-Policy: default-src 'self'/m);
    expect(headers).toMatch(new RegExp(`^${BASE}_astro/\\*\\n\\s+Cache-Control: public, max-age=31536000, immutable`, 'm'));
    expect(headers).toMatch(new RegExp(`^${BASE}admin/\\*$`, 'm'));
    expect(headers).not.toMatch(/^\/_astro\/\*/m);
  });
});

describe('GitHub Pages project site / nginx alias: dist/ served at the sub-path (flat build)', () => {
  const dist = siteDir('subpath');
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(dist, BASE);
  });
  afterAll(() => server?.close());

  it('serves every page, asset and card linked from the home page', async () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    const statuses = await crawl(server.origin, BASE);
    expect(broken(statuses)).toEqual([]);
    expect([...statuses.keys()].filter((p) => p.endsWith('/')).length).toBeGreaterThanOrEqual(3);
  });

  it('answers a missing page under the sub-path with the 404 page (nginx: error_page)', async () => {
    const missing = await fetch(`${server.origin}${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<meta name="robots" content="noindex"/);
  });
});
