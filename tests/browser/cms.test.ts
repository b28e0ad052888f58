// The web editor in local mode, end to end in real Chromium: the built /admin/ page (with its
// own CSP from _headers and the pinned CDN bundle, served from the npm tarball), decap-server on
// a copy of the content folder, an editor changing a highlight's title and saving. The Markdown
// file on disk must change, and `npm run check` must still pass on the result.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DECAP_BUNDLE_INTEGRITY, DECAP_BUNDLE_URL } from '@/lib/cms/decap-bundle';
import { ROOT, listFiles, siteDir } from '../support';
import { launchBrowser, withScreenshotOnFailure } from '../support/browser';
import { decapBundleDir } from '../support/decap-bundle';
import { serveDist, type StaticServer } from '../support/serve';

const ARTICLE = 'jiangjin-theme-education-2024';
const PORT = 8081;

/** The /admin/* block's CSP from the built `_headers`. */
function adminCsp(): string {
  const text = readFileSync(join(siteDir('main'), '_headers'), 'utf8');
  const csp = /^\/admin\/\*\s*$[\s\S]*?^\s+Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1];
  expect(csp).toBeTruthy();
  return csp!.trim();
}

let work: string;
let proxy: ChildProcess;
let server: StaticServer;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  bundle = decapBundleDir(ROOT);
  work = mkdtempSync(join(tmpdir(), 'cms-'));
  cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
  proxy = spawn(join(ROOT, 'node_modules/.bin/decap-server'), [], {
    env: { ...process.env, MODE: 'fs', PORT: String(PORT), GIT_REPO_DIRECTORY: work, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ready when it says it listens; its output is kept for the failure message.
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server did not start:\n${log}`)), 30_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (/listening on/i.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    proxy.stdout!.on('data', read);
    proxy.stderr!.on('data', read);
    proxy.on('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${log}`)));
  });
  // With _headers applied as Netlify does, so /admin/ gets its own CSP.
  server = await serveDist(siteDir('main'), '/', { hostHeaders: true });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  proxy?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the web editor (/admin/, Decap CMS in local mode)', () => {
  it('loads the exact pinned bundle: its Subresource Integrity hash matches the npm release', () => {
    const digest = createHash('sha384').update(readFileSync(join(bundle, 'decap-cms.js'))).digest('base64');
    expect(DECAP_BUNDLE_INTEGRITY).toBe(`sha384-${digest}`);
    const html = readFileSync(join(siteDir('main'), 'admin/index.html'), 'utf8');
    expect(html).toContain(`src="${DECAP_BUNDLE_URL}"`);
    expect(html).toContain(`integrity="${DECAP_BUNDLE_INTEGRITY}"`);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });

  it('is linked from no public page and left out of the sitemap', async () => {
    const dist = siteDir('main');
    const pages = await listFiles(dist, '.html');
    expect(pages.length).toBeGreaterThan(3);
    for (const file of pages) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/href="[^"]*admin\//);
    const sitemaps = (await listFiles(dist, '.xml')).filter((f) => f.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join(dist, file), 'utf8')).not.toContain('/admin/');
  });

  /**
   * Opens /admin/ in local mode, sets the Chinese title of highlight `number` and publishes;
   * returns the CSP violations the browser reported. Resolves once the file on disk has changed.
   */
  async function editTitle(number: string, newTitle: string): Promise<string[]> {
    const context = await browser.newContext({ locale: 'zh-CN' });
    // The CDN, as the browser would get it, from the npm tarball of the same release.
    await context.route(`${DECAP_BUNDLE_URL.replace(/decap-cms\.js$/, '')}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      await route.fulfill({ body: readFileSync(join(bundle, name)), contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
    });
    // Local mode needs the page on localhost (Decap's test for "this is a developer machine").
    const origin = server.origin.replace('127.0.0.1', 'localhost');
    const violations: string[] = [];
    const consoleLines: string[] = [];
    const page = await context.newPage();
    page.on('console', (message) => {
      consoleLines.push(message.text());
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const file = join(work, 'content', ARTICLE, `zh-hans/${number}.md`);
    await withScreenshotOnFailure(page, `cms-edit-${number}`, async () => {
      await page.goto(`${origin}/admin/`);
      await page.getByRole('button', { name: /^(登录|Login)$/ }).click({ timeout: 30_000 });
      await page.goto(`${origin}/admin/#/collections/${ARTICLE}--${number}/entries/${number}`);
      const title = page.locator('input[id^="title-field"]').first();
      await title.waitFor({ timeout: 30_000 });
      await title.fill(newTitle);
      // Without the editorial workflow, saving is "发布 → 立即发布" (Publish → Publish now).
      await page.getByText(/^(发布|Publish)$/).first().click();
      await page.getByText(/^(立即发布|Publish now)$/).first().click();
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toContain(newTitle);
    }).catch((error: Error) => {
      error.message += `\nbrowser console:\n${consoleLines.join('\n')}`;
      throw error;
    }).finally(() => context.close());
    return violations;
  }

  const runCheck = () => spawnSync('npm', ['run', '--silent', 'check', '--', '--content', join(work, 'content')], { cwd: ROOT, encoding: 'utf8' });

  it('edits a highlight title, saves it to the Markdown file, and the content still passes npm run check', async () => {
    const file = join(work, 'content', ARTICLE, 'zh-hans/02.md');
    const before = readFileSync(file, 'utf8');
    const newTitle = '网页编辑器改过的标题';
    const violations = await editTitle('02', newTitle);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    // Nothing else changed: the same number, figures and body (Decap rewrites the YAML with its
    // own quoting, so the data is compared, not the bytes).
    const parts = (text: string) => {
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const { title, ...rest } = parse(front!) as Record<string, unknown>;
      return { title, rest, body: body!.trim() };
    };
    expect(parts(after).title).toBe(newTitle);
    expect(parts(after).rest).toEqual(parts(before).rest);
    expect(parts(after).body).toBe(parts(before).body);
    // The page really ran under its own policy from _headers, not the article pages' one.
    const sent = await fetch(`${server.origin}/admin/`);
    expect(sent.headers.get('content-security-policy')).toBe(adminCsp());
    expect(sent.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(violations).toEqual([]);
    const check = runCheck();
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('known limit: saving an untranslated highlight writes an empty English file, and the check stops it', async () => {
    // Decap writes every locale's file on save; the content check is the safety net before a deploy.
    const english = join(work, 'content', ARTICLE, 'en/03.md');
    rmSync(english);
    expect(runCheck().status).toBe(0);
    await editTitle('03', '没有译文的亮点');
    expect(existsSync(english)).toBe(true);
    expect(readFileSync(english, 'utf8')).not.toMatch(/^title:/m);
    const check = runCheck();
    expect(check.status).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/en\/03\.md:\d+ title — 缺少必填字段 title/);
  });
});
