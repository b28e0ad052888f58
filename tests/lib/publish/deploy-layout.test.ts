import { describe, expect, it } from 'vitest';
import { chooseLayout, detectHost, headersFor, redirectsFor } from '@/lib/publish/deploy-layout';

const BASE = '/zhuanti/2024/jiangjin/';
const HEADERS = `/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'\n`;

describe('dist layout for the host', () => {
  it('nests a sub-path build on Netlify and Cloudflare Pages, keeps it flat elsewhere or at /', () => {
    expect(chooseLayout({ NETLIFY: 'true' }, BASE)).toBe('nested');
    expect(chooseLayout({ CF_PAGES: '1' }, BASE)).toBe('nested');
    expect(chooseLayout({ GITHUB_ACTIONS: 'true' }, BASE)).toBe('flat');
    expect(chooseLayout({ CF_PAGES: '1' }, '/')).toBe('flat');
    expect(chooseLayout({ DIST_LAYOUT: 'nested' }, BASE)).toBe('nested');
    expect(chooseLayout({ NETLIFY: 'true', DIST_LAYOUT: 'flat' }, BASE)).toBe('flat');
    expect(detectHost({})).toBe('other');
  });

  it('moves path rules under the base path in a nested build, and keeps the site-wide one', () => {
    const out = headersFor(HEADERS, BASE, 'nested', 'cloudflare');
    expect(out).toContain('\n/zhuanti/2024/jiangjin/_astro/*\n');
    expect(out).toContain('\n/zhuanti/2024/jiangjin/admin/*\n  ! Content-Security-Policy\n');
    expect(out.startsWith('/*\n')).toBe(true);
  });

  it('drops Cloudflare-only detach lines for Netlify; a flat sub-path build prefixes every path rule', () => {
    expect(headersFor(HEADERS, BASE, 'flat', 'netlify')).not.toContain('!');
    expect(headersFor(HEADERS, BASE, 'flat', 'other')).toBe(HEADERS.replace(/^\//gm, '/zhuanti/2024/jiangjin/'));
    expect(headersFor(HEADERS, '/', 'flat', 'other')).toBe(HEADERS);
  });

  it('puts the base path in front of every path rule and nothing else', () => {
    const text = '# comment /x\n/*\n  X-A: /b\n\n/_astro/*\n  Cache-Control: immutable\n';
    expect(headersFor(text, '/zhuanti/2024/jiangjin/', 'flat', 'other')).toBe(
      '# comment /x\n/zhuanti/2024/jiangjin/*\n  X-A: /b\n\n/zhuanti/2024/jiangjin/_astro/*\n  Cache-Control: immutable\n');
  });

  it('redirects the bare domain to the site', () => {
    expect(redirectsFor(BASE)).toContain('/ /zhuanti/2024/jiangjin/ 302');
  });
});
