import chromium from '@sparticuz/chromium';
import { describe, expect, it } from 'vitest';
import { chooseBrowser, readerBrowserArgs } from './browser-choice';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('which Chromium the browser tests launch', () => {
  it('takes CHROME_PATH first, and says so when it points at nothing', () => {
    expect(chooseBrowser({ CHROME_PATH: '/opt/c/chrome' }, 'linux', 'x64', only('/opt/c/chrome', '/usr/bin/chromium'))).toEqual({ kind: 'env', path: '/opt/c/chrome' });
    const missing = chooseBrowser({ CHROME_PATH: '/nope' }, 'linux', 'x64', only('/usr/bin/chromium'));
    expect(missing.kind).toBe('none');
    expect(missing.kind === 'none' && missing.message).toContain('CHROME_PATH=/nope does not exist');
  });

  it('uses an installed Chrome or Chromium on Linux, macOS and Windows', () => {
    expect(chooseBrowser({}, 'linux', 'arm64', only('/usr/bin/chromium'))).toEqual({ kind: 'system', path: '/usr/bin/chromium' });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(chooseBrowser({}, 'darwin', 'arm64', only(mac))).toEqual({ kind: 'system', path: mac });
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(chooseBrowser({}, 'win32', 'x64', only(win))).toEqual({ kind: 'system', path: win });
  });

  it('falls back to the npm Chromium on x64 Linux only, and tells others what to install', () => {
    expect(chooseBrowser({}, 'linux', 'x64', only())).toEqual({ kind: 'packaged' });
    const mac = chooseBrowser({}, 'darwin', 'arm64', only());
    expect(mac.kind).toBe('none');
    expect(mac.kind === 'none' && mac.message).toContain('set CHROME_PATH');
  });

  it('drops the packaged Chromium flags that disable web security, keeps the rest', () => {
    const args = readerBrowserArgs(chromium.args);
    for (const flag of ['--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials', '--single-process']) {
      expect(chromium.args.some((a) => a.split('=')[0] === flag) || flag === '--single-process').toBe(true);
      expect(args.map((a) => a.split('=')[0])).not.toContain(flag);
    }
    expect(args.length).toBeGreaterThan(10);
  });
});
