// Writes the files of an imported locale into `<out>/<id>/<locale>/` without ever leaving a half-
// written article: everything goes into a temporary folder next to the target, which is then
// renamed into place (a rename within one file system is atomic). With --force only the files
// the importer writes (index.md, NN.md) are replaced; images and anything else in the folder are
// carried over into the new folder before the swap. A run killed between the two renames of a
// swap is repaired by the next run (`recoverInterruptedImport`).
import { existsSync } from 'node:fs';
import { copyFile, cp, link, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_ID, highlightNumberOfName } from '@/lib/content/content-path';
import { importError } from '@/lib/import/import-error';
import type { ArticleFile } from '@/lib/import/render-files';

/** Where and how to write. */
export interface WriteOptions {
  /** Content folder, e.g. `content`. */
  outDir: string;
  /** Article folder name. */
  id: string;
  locale: string;
  /** Replace the locale folder of an existing article. */
  force: boolean;
}

/** What was written. */
export interface WriteResult {
  /** The locale folder now holding the files. */
  dir: string;
  files: string[];
  /** True when an existing locale folder was replaced (--force). */
  replaced: boolean;
}

/** Files the importer writes and therefore replaces: `index.md` and `NN.md`. Everything else is the editors'. */
export function isImporterFile(name: string): boolean {
  return name === 'index.md' || highlightNumberOfName(name) !== undefined;
}

/**
 * Repairs what a killed import left in `<articleDir>`: a `.import-<locale>-XXXX.old` without its
 * `<locale>/` is put back (the kill fell between the two renames), and every other temporary
 * folder of that locale is removed. Returns the names it dealt with.
 */
export async function recoverInterruptedImport(articleDir: string, locale: string): Promise<string[]> {
  if (!existsSync(articleDir)) return [];
  const target = join(articleDir, locale);
  const leftovers = (await readdir(articleDir)).filter((n) => n.startsWith(`.import-${locale}-`)).sort();
  for (const name of leftovers.filter((n) => n.endsWith('.old'))) {
    if (!existsSync(target)) await rename(join(articleDir, name), target);
    else await rm(join(articleDir, name), { recursive: true, force: true });
  }
  for (const name of leftovers.filter((n) => !n.endsWith('.old'))) await rm(join(articleDir, name), { recursive: true, force: true });
  return leftovers;
}

/** Carries the editors' files (images, notes, sub-folders) of the old folder into the new one. */
async function keepOthers(from: string, to: string, written: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(from)) {
    if (isImporterFile(name) || written.has(name)) continue;
    const source = join(from, name);
    const dest = join(to, name);
    if ((await stat(source)).isDirectory()) await cp(source, dest, { recursive: true });
    // A hard link costs nothing for a large photo; a file system without links gets a copy.
    else await link(source, dest).catch(() => copyFile(source, dest));
  }
}

async function writeAll(dir: string, files: readonly ArticleFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(join(dir, file.name), file.content, { flag: 'wx' });
}

/**
 * Writes the files atomically. A new article: `<out>/.import-<id>-XXXX/<locale>/` is renamed to
 * `<out>/<id>/`. An existing one needs `force`, and then only its `<locale>/` folder is swapped
 * (other locales stay; images and other files inside it are carried over). Throws an ImportError
 * for a bad or taken id.
 */
export async function writeArticle(files: readonly ArticleFile[], options: WriteOptions): Promise<WriteResult> {
  const { outDir, id, locale, force } = options;
  if (!ARTICLE_ID.test(id)) {
    throw importError('bad-id', undefined, { id });
  }
  const articleDir = join(outDir, id);
  const target = join(articleDir, locale);
  const names = files.map((f) => join(target, f.name));
  if (existsSync(articleDir) && !force) {
    throw importError('id-exists', undefined, { id, dir: articleDir, locale });
  }
  await mkdir(outDir, { recursive: true });
  for (const name of (await readdir(outDir)).filter((n) => n.startsWith(`.import-${id}-`))) {
    await rm(join(outDir, name), { recursive: true, force: true }); // a new article's import killed before its rename
  }
  if (existsSync(articleDir)) await recoverInterruptedImport(articleDir, locale);
  if (!existsSync(articleDir)) {
    const temp = await mkdtemp(join(outDir, `.import-${id}-`));
    try {
      await writeAll(join(temp, locale), files);
      await rename(temp, articleDir);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
    return { dir: target, files: names, replaced: false };
  }
  const temp = await mkdtemp(join(articleDir, `.import-${locale}-`));
  const old = `${temp}.old`;
  const hadTarget = existsSync(target);
  try {
    await writeAll(temp, files);
    if (hadTarget) await keepOthers(target, temp, new Set(files.map((f) => f.name)));
    if (hadTarget) await rename(target, old);
    try {
      await rename(temp, target);
    } catch (error) {
      if (hadTarget) await rename(old, target); // put the previous files back
      throw error;
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (hadTarget) await rm(old, { recursive: true, force: true });
  return { dir: target, files: names, replaced: hadTarget };
}
