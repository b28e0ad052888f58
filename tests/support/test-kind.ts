// The unit project (vitest.config.ts) promises no site build, no built site and no browser.
// The helpers that need one call this first, so a test file put in the wrong project fails
// with the fix instead of reading a stale tests/.output or starting a build.

/**
 * Throws when running in the `unit` project.
 * @example requireSiteProject('siteDir("main")')
 */
export function requireSiteProject(what: string): void {
  if (process.env.TEST_PROJECT !== 'unit') return;
  throw new Error(
    `${what} needs the site project, but this test file runs in the unit project (npm run test:unit). ` +
      'Add the file to SITE_TESTS in vitest.config.ts.',
  );
}
