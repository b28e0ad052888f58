// Which Chromium the browser tests launch, decided from plain inputs so it is unit-tested
// without launching anything (tests/support/browser.ts does the launching).

/** Installed Chrome/Chromium binaries, most specific first, per `process.platform`. */
export const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

export type BrowserChoice =
  | { kind: 'env' | 'system'; path: string }
  /** @sparticuz/chromium from npm: only built for x64 Linux. */
  | { kind: 'packaged' }
  | { kind: 'none'; message: string };

/**
 * CHROME_PATH wins; then the first installed browser of the platform; then the npm-packaged
 * Chromium on x64 Linux; otherwise a message saying what to install or set.
 * @example chooseBrowser({}, 'linux', 'x64', () => false) // { kind: 'packaged' }
 */
export function chooseBrowser(
  env: Record<string, string | undefined>,
  platform: string,
  arch: string,
  exists: (path: string) => boolean,
): BrowserChoice {
  if (env.CHROME_PATH) {
    return exists(env.CHROME_PATH)
      ? { kind: 'env', path: env.CHROME_PATH }
      : { kind: 'none', message: `CHROME_PATH=${env.CHROME_PATH} does not exist. Point it at a Chrome or Chromium binary, or unset it.` };
  }
  const installed = (SYSTEM_BROWSERS[platform] ?? []).find(exists);
  if (installed) return { kind: 'system', path: installed };
  if (platform === 'linux' && arch === 'x64') return { kind: 'packaged' };
  return {
    kind: 'none',
    message: `No Chrome or Chromium found for ${platform}/${arch}, and the npm-packaged Chromium runs on x64 Linux only. `
      + 'Install Google Chrome or Chromium, or set CHROME_PATH to its binary.',
  };
}

// Flags of @sparticuz/chromium that make the browser unlike a reader's: they switch off the
// same-origin policy, mixed-content blocking and site isolation, or put the whole browser in
// one process (a context closing would take it down).
const UNLIKE_A_READER = new Set([
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--single-process',
]);

/** The packaged Chromium's default args without the security-disabling and single-process ones. */
export function readerBrowserArgs(args: readonly string[]): string[] {
  return args.filter((arg) => !UNLIKE_A_READER.has(arg.split('=')[0]!));
}
