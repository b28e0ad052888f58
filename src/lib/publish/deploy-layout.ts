// How dist/ is laid out for the host that serves it, when the site lives under a sub-path.
// GitHub Pages (a project site) and nginx (`alias`) map the sub-path onto the folder, so dist/
// stays flat. Netlify and Cloudflare Pages serve the publish folder at the domain's root, so the
// files must sit at dist/<base>/…, with the host's own files (_headers, _redirects, 404.html,
// robots.txt) at the top.

export type DistLayout = 'flat' | 'nested';

/** The host a build runs on, from the variables each one sets during its builds. */
export function detectHost(env: Record<string, string | undefined>): 'netlify' | 'cloudflare' | 'other' {
  if (env.NETLIFY === 'true') return 'netlify';
  if (env.CF_PAGES === '1') return 'cloudflare';
  return 'other';
}

/**
 * `DIST_LAYOUT=nested|flat` decides; unset, a sub-path build on Netlify or Cloudflare Pages is
 * nested and every other build flat. A site at `/` is always flat.
 * @example chooseLayout({ CF_PAGES: '1' }, '/zhuanti/2024/') // 'nested'
 */
export function chooseLayout(env: Record<string, string | undefined>, basePath: string): DistLayout {
  if (basePath === '/') return 'flat';
  if (env.DIST_LAYOUT === 'nested' || env.DIST_LAYOUT === 'flat') return env.DIST_LAYOUT;
  return detectHost(env) === 'other' ? 'flat' : 'nested';
}

/**
 * `_headers` for the base path, layout and host. `public/_headers` is written for a site at `/`:
 * under a sub-path every path rule moves under it (`/_astro/*` → `/zhuanti/2024/_astro/*`), as the
 * browser asks for those URLs; a nested build keeps the site-wide `/*` for the host files at the
 * top (404.html, robots.txt). On Netlify the Cloudflare-only `! Header` detach lines are dropped
 * (Netlify serves the most specific rule).
 * @example headersFor('/_astro/*\n  X: y', '/a/', 'flat', 'other') // '/a/_astro/*\n  X: y'
 */
export function headersFor(text: string, basePath: string, layout: DistLayout, host: ReturnType<typeof detectHost>): string {
  const prefix = basePath.replace(/\/+$/, '');
  const keep = (line: string) => layout === 'nested' && line.trim() === '/*';
  return text.split('\n')
    .filter((line) => !(host === 'netlify' && /^\s+!\s*\S/.test(line)))
    .map((line) => (prefix && line.startsWith('/') && !keep(line) ? `${prefix}${line}` : line))
    .join('\n');
}

/** `_redirects` of a nested build: the bare domain goes to the site (302: the root may get another use). */
export function redirectsFor(basePath: string): string {
  return `# The site lives under ${basePath}; send the bare domain there.\n/ ${basePath} 302\n`;
}
