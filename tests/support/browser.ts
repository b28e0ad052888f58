// Headless Chromium for the browser tests, on any developer's machine: CHROME_PATH if set, else
// an installed Chrome or Chromium (Debian/Ubuntu, Fedora, macOS, Windows paths), else the
// Chromium packaged on npm (@sparticuz/chromium: one x64 Linux build, so `npm ci && npm test`
// works on a bare Linux CI machine). See README "Tests on your machine".
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site';
import { chooseBrowser, readerBrowserArgs } from './browser-choice';
import { requireSiteProject } from './test-kind';

/** Where failure screenshots and review screenshots go (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'tests/.screenshots');

// Keep Chromium off the network it cannot reach anyway (a closed build machine): no update
// checks, sync, QUIC probes or first-run pages that slow start-up or hang.
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
// Needed when the tests run as root (containers, CI); harmless otherwise.
const ROOT_FLAGS = ['--no-sandbox', '--disable-gpu'];

/**
 * The packaged Chromium unpacks itself into /tmp on first use. Two test files starting at once
 * could both unpack it and one would run a half-written binary, so unpacking takes a lock (a
 * directory: mkdir is atomic).
 */
async function packagedChromium(): Promise<string> {
  const lock = join(tmpdir(), 'sparticuz-chromium.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than two minutes belongs to a process that died mid-unpack.
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 120_000 || Date.now() > deadline) await rmdir(lock).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await chromium.executablePath();
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

/** Launches headless Chromium chosen by `chooseBrowser` (CHROME_PATH, an installed one, npm's). */
export async function launchBrowser(): Promise<Browser> {
  requireSiteProject('launchBrowser()');
  const choice = chooseBrowser(process.env, process.platform, process.arch, existsSync);
  if (choice.kind === 'none') throw new Error(choice.message);
  const executablePath = choice.kind === 'packaged' ? await packagedChromium() : choice.path;
  // The packaged build's own flags are meant for a serverless sandbox: keep only those a
  // reader's browser could have (no --disable-web-security and the like).
  const base = choice.kind === 'packaged' ? readerBrowserArgs(chromium.args) : [];
  return playwright.launch({
    executablePath,
    headless: true,
    args: [...new Set([...base, ...QUIET_FLAGS, ...ROOT_FLAGS])],
  });
}

/** Saves a full-page screenshot as `tests/.screenshots/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs `check` and, when it throws, saves a screenshot of `page` first so the failure can be
 * seen, then rethrows with the screenshot's path appended.
 */
export async function withScreenshotOnFailure<T>(page: Page, name: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    const file = await saveScreenshot(page, `FAILED-${name}`).catch(() => 'screenshot failed');
    if (error instanceof Error) error.message += `\n(screenshot: ${file})`;
    throw error;
  }
}
