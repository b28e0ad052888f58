import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Test files that need the test sites built by tests/support/global-setup.ts (they read
 * tests/.output), run `astro build` / `npm run build` themselves, or launch Chromium. They form
 * the `site` project; every other test file is the `unit` project (`npm run test:unit`: no
 * build, no browser, seconds). The two lists are complementary, so `npm test` runs each file
 * exactly once. A unit file that calls siteDir, buildSite or launchBrowser fails with a message
 * naming this list (tests/support/test-kind.ts).
 */
export const SITE_TESTS = [
  'tests/site/**/*.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/share-card/cards-site.test.ts',
  'tests/check/atomic-build.test.ts',
  'tests/check/build-failure.test.ts',
  'tests/check/checkout-copy.test.ts',
  'tests/import/build.test.ts',
  'tests/i18n/dictionary-build.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests start Chromium; running files two at a time fits the two-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // isolate: false — unit files share one module registry per worker instead of importing
        // astro/zod, sharp, OpenCC and the checker anew for each of 65+ files (45 s → 21 s on the
        // two-core machine). Safe because no unit file mocks modules or leaves process.env or
        // globals changed (card-cache.test.ts undoes its CACHE_DIR); checked with one worker
        // (every file in one registry) and shuffled file orders.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SITE_TESTS], env: { TEST_PROJECT: 'unit' }, isolate: false },
      },
      {
        extends: true,
        test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/support/global-setup.ts'], env: { TEST_PROJECT: 'site' } },
      },
    ],
  },
});
