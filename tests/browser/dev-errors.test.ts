// `npm run dev` with a content mistake, in real Chromium: the content check's message appears on
// the page (Astro's error overlay) within seconds of saving, and goes away once the file is fixed.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, ROOT } from '../support';
import { launchBrowser, withScreenshotOnFailure } from '../support/browser';

const CONTENT = join(OUTPUT, 'dev-errors-content');
const ARTICLE = 'jiangjin-theme-education-2024';
const FILE = join(CONTENT, ARTICLE, 'zh-hans/02.md');

/** The environment an editor's shell would have. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|MODE$|TEST$)/.test(key)));
}

let dev: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  const port = 4400 + Math.floor(Math.random() * 90);
  dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    cwd: ROOT,
    // Without vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite serves.
    env: { ...devEnvironment(), CONTENT_DIR: CONTENT, CACHE_DIR: join(OUTPUT, 'dev-errors-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 60_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      // Colours may be on (CI=true, FORCE_COLOR): match the address without the escape codes.
      const url = /Local\s+(http:\/\/localhost:\d+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  // npx → astro: end the whole process group this test started.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(CONTENT, { recursive: true, force: true });
});

describe('content errors during npm run dev', () => {
  it('shows the check message on the page after a bad save, and clears it when fixed', async () => {
    const good = readFileSync(FILE, 'utf8');
    const page = await browser.newPage();
    await withScreenshotOnFailure(page, 'dev-errors', async () => {
      await page.goto(`${origin}/`);
      await expect.poll(() => page.locator('h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const overlay = page.locator('vite-error-overlay');
      expect(await overlay.count()).toBe(0);

      writeFileSync(FILE, good.replace(/^title: .*\n/m, ''));
      // The overlay draws its text in a shadow root. The dev server may reload the page after a
      // save (the overlay comes back with it): a read during the reload finds no page and is
      // polled again, so every read below waits for its text instead of reading once.
      const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').catch(() => '');
      await expect.poll(overlayText, { timeout: 30_000 }).toContain('缺少必填字段 title');
      await expect.poll(overlayText, { timeout: 30_000 }).toContain(`${ARTICLE}/zh-hans/02.md`);
      await expect.poll(overlayText, { timeout: 30_000 }).toContain('Missing required field "title"');

      // Broken YAML (an unclosed quote): the checker's plain message, not only the parser's.
      writeFileSync(FILE, good.replace(/^title: .*$/m, 'title: "没有闭合的引号'));
      await expect.poll(overlayText, { timeout: 30_000 }).toContain('引号或括号没有闭合');

      writeFileSync(FILE, good);
      await expect.poll(() => overlay.count(), { timeout: 30_000 }).toBe(0);
      await expect.poll(() => page.locator('#highlight-02').innerText(), { timeout: 30_000 }).toContain(/^title: "?(.+?)"?$/m.exec(good)![1]!.slice(0, 8));
    });
  });
});
