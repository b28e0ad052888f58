// Under a sub-path (BASE_PATH) the `_headers` rules must match the site's own URLs: the strict
// CSP on every page of the site and the long cache on its hashed assets, not the host's root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support';

describe('_headers of the sub-path build', () => {
  const text = readFileSync(join(siteDir('subpath'), '_headers'), 'utf8');
  const rules = text.split('\n').filter((line) => line.startsWith('/'));

  it('prefixes every path rule with BASE_PATH', () => {
    expect(rules).toEqual(['/zhuanti/2024/jiangjin/*', '/zhuanti/2024/jiangjin/_astro/*', '/zhuanti/2024/jiangjin/admin/*']);
  });
  it('keeps the headers themselves', () => {
    expect(text).toMatch(/^\/zhuanti\/2024\/jiangjin\/\*\n\s+Content-Security-Policy: default-src 'self'/m);
    expect(text).toMatch(/^\/zhuanti\/2024\/jiangjin\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/m);
  });
});
