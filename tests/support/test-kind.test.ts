import { describe, expect, it } from 'vitest';
import { siteDir, siteLog } from './build-site';
import { launchBrowser } from './browser';
import { requireSiteProject } from './test-kind';

// This file runs in the unit project (vitest.config.ts), so every helper that needs a built
// site or a browser must refuse here, naming the list that moves a file to the site project.
describe('the unit project refuses built sites and browsers', () => {
  it('runs with TEST_PROJECT=unit', () => {
    expect(process.env.TEST_PROJECT).toBe('unit');
  });

  it.each([
    ['siteDir("main")', () => siteDir('main')],
    ['siteLog("main")', () => siteLog('main')],
    ['requireSiteProject("x")', () => requireSiteProject('x')],
  ])('%s throws and names SITE_TESTS', (_call, run) => {
    expect(run).toThrow(/runs in the unit project.*SITE_TESTS in vitest\.config\.ts/);
  });

  it('launchBrowser() rejects before starting Chromium', async () => {
    await expect(launchBrowser()).rejects.toThrow(/^launchBrowser\(\) needs the site project/);
  });
});
