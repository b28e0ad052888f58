// The pages of a built test site as the browser tests visit them, discovered from dist/ (never a
// hard-coded list, so a new locale or article is tested the day it appears).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles, loadHtml, siteDir } from '../support';
import { SITES } from '../support/sites';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { normalizeBasePath } from '@/lib/model/routes';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, withScreenshotOnFailure } from '../support/browser';
import { serveDist, type StaticServer } from '../support/serve';

/** One built HTML page: its file in dist/, its URL path below the base path, what it is. */
export interface SitePage {
  file: string;
  path: string;
  lang: string;
  /** An article page (has highlight sections), as opposed to e.g. 404.html. */
  isArticle: boolean;
  /** Ids of the highlight sections, in order. */
  sections: string[];
  /** `href`s of the language switcher's links, as written. */
  languageLinks: string[];
  /** Other files in dist/ with exactly the same bytes (e.g. the root article's alias URL). */
  sameAs: string[];
  /** How tests name the page: its file, plus its byte-identical copies. */
  label: string;
}

/** Normalised base path of a test site (from its BASE_PATH env, as the build reads it), `/` or `/a/b/`. */
export function siteBasePath(name: string): string {
  return normalizeBasePath(SITES[name]?.env?.BASE_PATH);
}

/**
 * Every distinct HTML page of a built site, with `index.html` served as its folder URL. Files
 * with identical bytes render identically, so each such group is one page (its copies in
 * `sameAs`): the browser runs stay short without skipping any markup.
 */
export async function listSitePages(name: string): Promise<SitePage[]> {
  const dist = siteDir(name);
  const files = await listFiles(dist, '.html');
  const byHash = new Map<string, string[]>();
  for (const file of files) {
    const hash = createHash('sha256').update(await readFile(join(dist, file))).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
  }
  return Promise.all([...byHash.values()].map(async ([file, ...sameAs]) => {
    const $ = await loadHtml(join(dist, file!));
    const sections = $('section.highlight').map((_, s) => $(s).attr('id')).get();
    return {
      file: file!,
      path: file === 'index.html' ? '' : file!.replace(/(^|\/)index\.html$/, '$1'),
      lang: $('html').attr('lang') ?? '',
      isArticle: sections.length > 0,
      sections,
      languageLinks: $('.lang-switcher a').map((_, a) => $(a).attr('href')).get(),
      sameAs,
      label: sameAs.length ? `${file} (+${sameAs.length} identical)` : file!,
    };
  }));
}

/** Chromium and a static server for one built test site, shared by the tests of one file. */
export interface ServedSite {
  browser: Browser;
  server: StaticServer;
}

/**
 * Starts Chromium and serves `siteDir(name)` under its base path before the file's tests, and
 * stops both after them. Read `browser`/`server` inside tests (they are set in beforeAll).
 */
export function useServedSite(name: string): ServedSite {
  const served = {} as ServedSite;
  beforeAll(async () => {
    [served.browser, served.server] = await Promise.all([launchBrowser(), serveDist(siteDir(name), siteBasePath(name))]);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}

/**
 * Opens `path` of a served site in a fresh context `width` px wide (800 high), runs `check`, and
 * keeps a screenshot named `name` when it fails.
 */
export async function openAt(served: ServedSite, width: number, path: string, name: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await served.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(served.server.url + path);
    await withScreenshotOnFailure(page, name, () => check(page));
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` in a new page of `context`, runs `check`, and keeps a screenshot named `name` when
 * it fails; the page is closed either way (the context, with its viewport and colour scheme, stays).
 */
export async function onPage(context: BrowserContext, url: string, name: string, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await withScreenshotOnFailure(page, name, () => check(page));
  } finally {
    await page.close();
  }
}
