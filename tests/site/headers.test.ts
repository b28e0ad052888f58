// `_headers` (Netlify / Cloudflare Pages) as it lands in dist, and the promise its strict
// Content-Security-Policy depends on: no page of any test site needs inline script or style.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, loadHtml, siteDir } from '../support';
import { SITES } from '../support/sites';

/** `_headers` as rules: path pattern → header name (lower case) → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    // `! Name` (Cloudflare Pages) detaches a header a broader rule set: recorded as value `!`.
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      current!.set(`!${detach[1]!.toLowerCase()}`, '!');
      continue;
    }
    const colon = line.indexOf(':');
    expect(current, `header outside a path block: ${line}`).toBeDefined();
    expect(colon, `not "Name: value": ${line}`).toBeGreaterThan(0);
    current!.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** CSP as directive → sources. */
const parseCsp = (csp: string) => new Map(csp.split(';').map((d) => d.trim()).filter(Boolean)
  .map((d) => { const [name, ...values] = d.split(/\s+/); return [name!, values] as const; }));

describe('_headers in dist', () => {
  const rules = parseHeaders(readFileSync(join(siteDir('main'), '_headers'), 'utf8'));

  it('sends a strict Content-Security-Policy on every path, with no inline or eval allowance', () => {
    const all = rules.get('/*')!;
    expect(all).toBeDefined();
    const csp = parseCsp(all.get('content-security-policy')!);
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
    expect(all.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('sends nosniff, a referrer policy and a permissions policy on every path', () => {
    const all = rules.get('/*')!;
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(all.get('permissions-policy')).toMatch(/geolocation=\(\)/);
  });

  it('caches hashed assets under /_astro/ for a year, immutable, and only those', async () => {
    expect(rules.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const immutable = [...rules].filter(([, headers]) => /immutable/.test(headers.get('cache-control') ?? ''));
    expect(immutable.map(([path]) => path)).toEqual(['/_astro/*']);
    // The rule is only safe because every file there carries a content hash in its name.
    const assets = await listFiles(join(siteDir('main'), '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const file of assets) expect(file).toMatch(/\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/);
  });
});

describe('every page of every test site obeys the CSP', () => {
  const sites = Object.entries(SITES).filter(([, spec]) => !spec.expectFailure).map(([name]) => name);

  it.each(sites)('%s: no inline executable script, no inline style, no event-handler attribute', async (name) => {
    const files = await listFiles(siteDir(name), '.html');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const $ = await loadHtml(join(siteDir(name), file));
      $('script').each((_, s) => {
        const type = s.attribs.type;
        if (type === 'application/ld+json') {
          expect(s.attribs.src, `${file}: JSON-LD with src`).toBeUndefined();
          return;
        }
        // Executable: must be an external same-origin file, with nothing inline.
        expect(s.attribs.src, `${file}: inline <script>`).toMatch(/^\/(?!\/)/);
        expect($(s).text().trim(), `${file}: script with a body`).toBe('');
      });
      expect($('style').length, `${file}: <style> element`).toBe(0);
      expect($('[style]').length, `${file}: style attribute`).toBe(0);
      $('*').each((_, node) => {
        const el = node as unknown as { tagName: string; attribs: Record<string, string> };
        for (const attr of Object.keys(el.attribs)) expect(attr, `${file}: <${el.tagName} ${attr}>`).not.toMatch(/^on/i);
      });
      $('link[rel="stylesheet"]').each((_, l) => expect(l.attribs.href, file).toMatch(/^\/(?!\/)/));
    }
  });
});
