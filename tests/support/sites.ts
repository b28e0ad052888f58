/**
 * Every site the whole-site tests build, once per `npm test` run (see global-setup.ts).
 * Add a line here for a new fixture; tests read `siteDir(name)`.
 */
export interface SiteSpec {
  /** Content folder, relative to the project root. */
  contentDir: string;
  /** Extra environment for the build (SITE_URL, BASE_PATH, ROOT_ARTICLE, …). */
  env?: Record<string, string>;
  /** True when the build is expected to fail (the test then reads the captured log). */
  expectFailure?: boolean;
}

export const SITES: Record<string, SiteSpec> = {
  main: { contentDir: 'content' },
  'two-articles': { contentDir: 'tests/fixtures/sites/two-articles' },
  'bad-content': { contentDir: 'tests/fixtures/bad-input/several-mistakes', expectFailure: true },
  'extra-locale': { contentDir: 'tests/fixtures/sites/extra-locale' },
  subpath: { contentDir: 'content', env: { SITE_URL: 'https://news.example.org', BASE_PATH: '/zhuanti/2024/jiangjin/' } },
  hostile: { contentDir: 'tests/fixtures/sites/hostile' },
  'source-locales': { contentDir: 'tests/fixtures/sites/source-locales' },
  'third-language': { contentDir: 'tests/fixtures/sites/third-language' },
  'broken-dictionary': { contentDir: 'tests/fixtures/sites/broken-dictionary', expectFailure: true },
};

/**
 * Sites built like the others but whose dist/ is not a plain site root (the generic whole-site
 * tests loop over SITES only): the sub-path build as Netlify / Cloudflare Pages publish it, files
 * under dist/<base>/ (tests/site/deploy-recipes.test.ts).
 */
export const HOST_LAYOUT_SITES: Record<string, SiteSpec> = {
  'subpath-nested': { contentDir: 'content', env: { SITE_URL: 'https://news.example.org', BASE_PATH: '/zhuanti/2024/jiangjin/', DIST_LAYOUT: 'nested' } },
};
