// Content-check results kept between runs (issue 12: the check took 10 s of a 55 s warm build at
// 1,000 articles, most of it parsing YAML that had not changed). A rule's result is a pure
// function of what it reads, so a hash of that names it: the file's bytes and path for the
// per-file rules, every file of an article for the rules across its locales, plus the checker's
// own code, the installed packages and the options. Photos are files the rules read too: their
// path, size and modification time are compared before a stored photo result is trusted.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import type { Problem } from './problem';

/** The folder the checker lives in; every project file it imports, followed from here, is part of its code. */
const CHECKER_DIR = 'src/lib/check';
/** Installed versions of the parsers and decoders the rules call (yaml, Astro's frontmatter parser, sharp, OpenCC). */
const LOCK_FILE = 'package-lock.json';
/** Bump when the stored format changes. */
const FORMAT = 1;

/** Project files (relative to `root`) the checker's code is made of: its folder and every `@/` or relative import, transitively. */
export function checkerSources(root = process.cwd()): string[] {
  const seen = new Set<string>();
  const pending = readdirTs(join(root, CHECKER_DIR)).map((name) => `${CHECKER_DIR}/${name}`);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const base = spec!.startsWith('@/') ? `src/${spec!.slice(2)}` : spec!.startsWith('.') ? normalize(join(dirname(file), spec!)) : undefined;
      if (base === undefined) continue;
      const found = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile());
      if (found) pending.push(found.split('\\').join('/'));
    }
  }
  return [...seen].sort();
}

function readdirTs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.ts')) : [];
}

/** Hash of the checker's code, the lock file and the options: the cache's file name and every key's prefix. */
function fingerprint(root: string, options: unknown): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\0`).update(JSON.stringify(options));
  for (const file of [...checkerSources(root), LOCK_FILE]) {
    const path = join(root, file);
    hash.update(`\0${file}\0`).update(existsSync(path) ? readFileSync(path) : 'missing');
  }
  return hash.digest('hex').slice(0, 16);
}

/** What a stored photo result depends on: each image's resolved path, whether it is a file, size and mtime. */
export function photoSignature(articleDir: string, markdownPath: string, images: readonly string[]): string {
  const parts = images.map((image) => {
    const path = resolve(dirname(markdownPath), image);
    try {
      const stat = statSync(path);
      return `${realpathSync(path)}|${stat.isFile()}|${stat.size}|${stat.mtimeMs}`;
    } catch {
      return `${path}|missing`;
    }
  });
  let articleReal = articleDir;
  try {
    articleReal = realpathSync(articleDir);
  } catch { /* the walk found the folder; a race is a miss, not a wrong hit */ }
  return [articleReal, ...parts].join('\n');
}

/** One file's stored result: its problems, and the photos they depend on. */
export interface FileEntry {
  /** Problems of the per-file rules. */
  rules: Problem[];
  /** Conversion-report warnings of this file. */
  conversions: Problem[];
  /** The photo paths as written in the frontmatter, and their `photoSignature` when checked. */
  images: string[];
  photos: string;
}

/** One article's stored result: the problems of each rule across its files, in rule order. */
export type ArticleEntry = Problem[][];

interface Stored {
  files: [string, FileEntry][];
  articles: [string, ArticleEntry][];
}

export interface CheckCache {
  /** Whether this file (path and hash) parsed before, so its parsing can wait until a rule needs it. */
  parsedBefore(path: string, hash: string): boolean;
  fileKey(path: string, hash: string): string;
  /** Stored result of one file, if its photos are unchanged; `photosNow` computes their signature from the stored image list. */
  file(key: string, photosNow: (images: readonly string[]) => string): FileEntry | undefined;
  storeFile(key: string, entry: FileEntry): void;
  articleKey(article: string, locales: readonly string[], files: readonly { path: string; hash: string }[]): string;
  article(key: string): ArticleEntry | undefined;
  storeArticle(key: string, entry: ArticleEntry): void;
  /** Writes what this run used, and only that, so the cache never grows past one content folder. */
  save(): void;
}

/** The cache folder the build uses: `CACHE_DIR` (CI) or Astro's own under `node_modules/.astro`. */
export function defaultCheckCacheDir(): string {
  return join(process.env.CACHE_DIR || join(process.cwd(), 'node_modules/.astro'), 'content-check');
}

/** Opens the cache for these options; a missing or unreadable cache file is an empty cache. */
export function openCheckCache(dir: string, options: unknown, root = process.cwd()): CheckCache {
  const print = fingerprint(root, options);
  const path = join(dir, `${print}.json`);
  let stored: Stored = { files: [], articles: [] };
  try {
    if (existsSync(path)) stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
  } catch { /* a torn or foreign file: start empty, it is rewritten below */ }
  const files = new Map(stored.files);
  const articles = new Map(stored.articles);
  const usedFiles = new Map<string, FileEntry>();
  const usedArticles = new Map<string, ArticleEntry>();
  const key = (...parts: string[]) => createHash('sha1').update(print).update(parts.join('\0')).digest('base64');
  return {
    parsedBefore: (file, hash) => files.has(key('file', file, hash)),
    fileKey: (file, hash) => key('file', file, hash),
    file(k, photosNow) {
      const entry = files.get(k);
      if (!entry || (entry.images.length > 0 && photosNow(entry.images) !== entry.photos)) {
        return undefined;
      }
      usedFiles.set(k, entry);
      return entry;
    },
    storeFile(k, entry) {
      usedFiles.set(k, entry);
    },
    articleKey: (article, locales, list) => key('article', article, locales.join('/'), ...list.map((f) => `${f.path}:${f.hash}`)),
    article(k) {
      const entry = articles.get(k);
      if (entry) usedArticles.set(k, entry);
      return entry;
    },
    storeArticle(k, problems) {
      usedArticles.set(k, problems);
    },
    save() {
      const same = usedFiles.size === files.size && usedArticles.size === articles.size
        && [...usedFiles.keys()].every((k) => files.has(k)) && [...usedArticles.keys()].every((k) => articles.has(k));
      if (same) return;
      // Unique per writer: test workers share a process id, and a torn file must never be renamed in.
      const temp = `${path}.${randomUUID()}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, JSON.stringify({ files: [...usedFiles], articles: [...usedArticles] } satisfies Stored));
        renameSync(temp, path);
      } catch {
        // A read-only or full cache folder costs the next run time, never a wrong result.
        rmSync(temp, { force: true });
      }
    },
  };
}
