// The Content-Security-Policy of public/_headers, enforced by real Chromium on every page of
// the root site and of the sub-path site: nothing the pages need is blocked (stylesheet, icons,
// images, the language-switcher script), and the policy really is in force (a script injected
// inline is refused).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/serve';
import { listSitePages, siteBasePath } from './site-pages';

const SITES = ['main', 'subpath'];

/** The CSP value from the built `_headers` (the `/*` block). */
function cspOf(site: string): string {
  const text = readFileSync(join(siteDir(site), '_headers'), 'utf8');
  const csp = /^\/(?:[^\s]*\/)?\*\s*$[\s\S]*?^\s+Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1];
  expect(csp).toBeTruthy();
  return csp!.trim();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SITES)('the %s site under its strict CSP', (site) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(siteDir(site), siteBasePath(site));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('loads every page with no CSP violation, its stylesheet applied, and refuses injected inline script', async () => {
    const csp = cspOf(site);
    const pages = await listSitePages(site);
    expect(pages.length).toBeGreaterThan(1);
    const context = await browser.newContext();
    // Send the header the way Netlify / Cloudflare Pages would.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await context.addInitScript(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    try {
      for (const { file, path } of pages) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        await page.goto(server.url + path, { waitUntil: 'load' });
        expect(await page.evaluate(() => (window as any).__violations), file).toEqual([]);
        expect(errors, file).toEqual([]);
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link, main')!).display !== ''
          && [...document.styleSheets].some((s) => s.cssRules.length > 0));
        expect(styled, `${file}: stylesheet not applied`).toBe(true);
        // The policy is in force: an inline script added to the page does not run.
        await page.evaluate(() => {
          const s = document.createElement('script');
          s.textContent = 'window.__inlineRan = true';
          document.head.append(s);
        });
        await page.waitForFunction(() => (window as any).__violations.length > 0, undefined, { timeout: 5_000 });
        expect(await page.evaluate(() => (window as any).__inlineRan)).toBeUndefined();
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
