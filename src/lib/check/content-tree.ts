// Reads a content folder into plain records: which articles, locales and files exist, and each
// Markdown file split into frontmatter and body. No rules here; the checks take these records.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter, type SplitFile } from './frontmatter';

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
  split: SplitFile;
}

export interface ContentTree {
  /** Article folders, sorted. */
  articles: string[];
  /** Locale folders per article, sorted. */
  locales: Map<string, string[]>;
  files: ContentFile[];
  /** `.md` files the loader never reads (wrong depth or name), relative paths. */
  ignored: string[];
}

/** Matches the loader patterns of `src/content.config.ts`: `index.md` and `[0-9]*.md`. */
function kindOf(name: string): ContentFile['kind'] | undefined {
  if (name === 'index.md') return 'article';
  if (/^[0-9].*\.md$/.test(name)) return 'highlight';
  return undefined;
}

const visible = (name: string) => !name.startsWith('.');
const isDir = (path: string) => statSync(path).isDirectory();

/**
 * Reads every article folder under `dir`. Top-level files (README.md, glossary.md, site.json)
 * are not content and are skipped; so are dot-files.
 */
export function readContentTree(dir: string): ContentTree {
  const tree: ContentTree = { articles: [], locales: new Map(), files: [], ignored: [] };
  for (const article of readdirSync(dir).filter(visible).sort()) {
    const articleDir = join(dir, article);
    if (!isDir(articleDir)) continue;
    tree.articles.push(article);
    const locales: string[] = [];
    for (const entry of readdirSync(articleDir).filter(visible).sort()) {
      const localeDir = join(articleDir, entry);
      if (!isDir(localeDir)) {
        if (entry.endsWith('.md')) tree.ignored.push(`${article}/${entry}`);
        continue;
      }
      locales.push(entry);
      for (const name of readdirSync(localeDir).filter(visible).sort()) {
        const absPath = join(localeDir, name);
        if (!name.endsWith('.md') || isDir(absPath)) continue;
        const path = `${article}/${entry}/${name}`;
        const kind = kindOf(name);
        if (!kind) { tree.ignored.push(path); continue; }
        const bytes = readFileSync(absPath);
        const raw = bytes.toString('utf8');
        tree.files.push({ path, absPath, article, locale: entry, name, kind, size: bytes.length, raw, split: splitFrontmatter(raw) });
      }
    }
    tree.locales.set(article, locales);
  }
  return tree;
}
