// Reads a content folder into plain records: which articles, locales and files exist, and each
// Markdown file split into frontmatter and body. No rules here; the checks take these records.
// Nothing here throws on a bad tree: a symlink loop, an unreadable file or folder becomes an
// entry in `unreadable`, so the checker names it instead of printing a stack trace.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter, type SplitFile } from './frontmatter';
import { contentKindOf } from '../content/content-path';

/** One Markdown file the content loader would read: `<article>/<locale>/index.md` or `NN.md`. */
export interface ContentFile {
  /** Relative to the content folder, `/`-separated. */
  path: string;
  absPath: string;
  article: string;
  locale: string;
  /** File name: `index.md`, `03.md`. */
  name: string;
  kind: 'article' | 'highlight';
  /** Size in bytes. */
  size: number;
  /** The text as read, BOM included. */
  raw: string;
  /** SHA-1 of the bytes, hex: the check cache's key for this file. */
  hash: string;
  /** Frontmatter and body; parsed on first use for a file the cache already knows. */
  split: SplitFile;
}

/** A path the checker could not read, with the system's error code (`ELOOP`, `EACCES`…). */
export interface UnreadablePath {
  path: string;
  code: string;
}

export interface ContentTree {
  /** Article folders, sorted. */
  articles: string[];
  /** Locale folders per article, sorted. */
  locales: Map<string, string[]>;
  files: ContentFile[];
  /** `.md` files the loader never reads (wrong depth or name), relative paths. */
  ignored: string[];
  /** Files that look like highlights or an index but that the loader skips: `03.MD`, `03.md.txt`. */
  misnamed: string[];
  /** Hidden `.import-*` folders an interrupted `npm run import` left behind. */
  importLeftovers: string[];
  unreadable: UnreadablePath[];
}

/** The loader patterns of `src/content.config.ts`, from the one statement of the layout. */
const kindOf: (name: string) => ContentFile['kind'] | undefined = contentKindOf;

/** `03.MD`, `Index.Md`, `03.md.txt`, `03.markdown`: meant as content, never read by the loader. */
const MISNAMED = /^(?:index|[0-9][^.]*)\.(?:md(?:\..+)?|markdown|mdown|txt)$/i;

const visible = (name: string) => !name.startsWith('.');
const errorCode = (error: unknown) => String((error as NodeJS.ErrnoException).code ?? (error as Error).message);

/**
 * Reads every article folder under `dir`. Top-level files (README.md, glossary.md, site.json)
 * are not content and are skipped; so are dot-files, except leftovers of the importer.
 * `parsedBefore` names files (by path and hash) that parsed without throwing in an earlier
 * check: their YAML is parsed only if a rule asks for it, which the check cache spares.
 */
export function readContentTree(dir: string, parsedBefore?: (path: string, hash: string) => boolean): ContentTree {
  const tree: ContentTree = { articles: [], locales: new Map(), files: [], ignored: [], misnamed: [], importLeftovers: [], unreadable: [] };
  /** `readdirSync` that records an unreadable folder instead of throwing. */
  const list = (abs: string, rel: string): Dirent[] => {
    try {
      // Entries with their types, so only symlinks need a stat of their own. Sorted by UTF-16
      // code units, as a plain `.sort()` of the names was.
      return readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      tree.unreadable.push({ path: rel, code: errorCode(error) });
      return [];
    }
  };
  /** Whether a path is a folder; `undefined` (and recorded) when it cannot be read at all. */
  const isDir = (entry: Dirent, abs: string, rel: string): boolean | undefined => {
    if (entry.isDirectory()) return true;
    if (!entry.isSymbolicLink()) return false;
    try {
      return statSync(abs).isDirectory();
    } catch (error) {
      tree.unreadable.push({ path: rel, code: errorCode(error) });
      return undefined;
    }
  };
  for (const articleEntry of list(dir, '')) {
    const article = articleEntry.name;
    if (article.startsWith('.import-')) tree.importLeftovers.push(`${article}/`);
    if (!visible(article)) continue;
    const articleDir = join(dir, article);
    if (!isDir(articleEntry, articleDir, article)) continue;
    tree.articles.push(article);
    const locales: string[] = [];
    for (const localeEntry of list(articleDir, `${article}/`)) {
      const entry = localeEntry.name;
      if (entry.startsWith('.import-')) tree.importLeftovers.push(`${article}/${entry}/`);
      if (!visible(entry)) continue;
      const localeDir = join(articleDir, entry);
      const entryIsDir = isDir(localeEntry, localeDir, `${article}/${entry}`);
      if (entryIsDir === undefined) continue;
      if (!entryIsDir) {
        if (entry.endsWith('.md')) tree.ignored.push(`${article}/${entry}`);
        continue;
      }
      locales.push(entry);
      for (const fileEntry of list(localeDir, `${article}/${entry}/`)) {
        const name = fileEntry.name;
        if (!visible(name)) continue;
        const absPath = join(localeDir, name);
        const path = `${article}/${entry}/${name}`;
        const kind = kindOf(name);
        if (!kind) {
          if (MISNAMED.test(name)) tree.misnamed.push(path);
          else if (name.endsWith('.md')) tree.ignored.push(path);
          continue;
        }
        if (isDir(fileEntry, absPath, path) !== false) continue;
        let bytes: Buffer;
        try {
          bytes = readFileSync(absPath);
        } catch (error) {
          tree.unreadable.push({ path, code: errorCode(error) });
          continue;
        }
        const raw = bytes.toString('utf8');
        const hash = createHash('sha1').update(bytes).digest('hex');
        const base = { path, absPath, article, locale: entry, name, kind, size: bytes.length, raw, hash };
        if (parsedBefore?.(path, hash)) {
          // Parsing is a pure function of the text and did not throw on it before: defer it.
          let split: SplitFile | undefined;
          tree.files.push(Object.defineProperty(base, 'split', {
            get: () => (split ??= splitFrontmatter(raw)), enumerable: true,
          }) as ContentFile);
          continue;
        }
        let split: SplitFile;
        try {
          split = splitFrontmatter(raw);
        } catch (error) {
          // A parser giving up (e.g. nesting deep enough to exhaust the stack) is named, not thrown.
          tree.unreadable.push({ path, code: `PARSE: ${(error as Error).message}` });
          continue;
        }
        tree.files.push({ ...base, split });
      }
    }
    tree.locales.set(article, locales);
  }
  return tree;
}
