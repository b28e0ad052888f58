// The dictionaries: read from their files once (loadDictionaries, which the content check also
// runs to report every problem) and looked up by locale (getStrings, what pages call). One module,
// because the reading exists only to serve the look-up. Reads the built-in dictionaries in
// src/i18n/dictionaries/ and a content folder's own `dictionary.<name>.json` beside its site.json,
// so a newsroom's content repository can add a language without touching code. loadDictionaries
// never throws: every problem names the file, line and key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { SITE, dictionaryOf } from '@/site.config';
import { configError } from '@/lib/messages/config-messages';
import { compileDictionary, type DictionaryProblem } from './compile-dictionary';
import type { UiStrings } from './ui-strings';

export type { UiStrings };

/** Built-in dictionaries, relative to the project root (where every npm script runs). */
export const BUILT_IN_DICTIONARY_DIR = 'src/i18n/dictionaries';
/** A content folder's dictionary file: `dictionary.fr.json` is the dictionary named `fr`. */
export const CONTENT_DICTIONARY = /^dictionary\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\.json$/;

/** A dictionary problem located in its file (relative to the content folder, as checker problems are). */
export interface LocatedDictionaryProblem extends DictionaryProblem {
  file: string;
  line?: number;
}

export interface LoadedDictionaries {
  /** Valid dictionaries by name. */
  dictionaries: Map<string, UiStrings>;
  /** Where each name was found, relative to the content folder, for messages. */
  files: Map<string, string>;
  problems: LocatedDictionaryProblem[];
}

/** The 1-based line of a key path in JSON text (JSON is YAML, so yaml's positions serve). */
function lineOf(text: string, field: string): number | undefined {
  if (field === 'file') return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const path = field.split('.');
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function readDictionary(absolute: string, file: string, name: string, into: LoadedDictionaries): void {
  let text: string;
  let data: unknown;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const line = Number(/line (\d+)/.exec(reason)?.[1]) || undefined;
    into.problems.push({ file, line, field: 'file',
      zh: `词典文件读不出来或不是有效的 JSON（${reason}）。请改正语法，例如多余的逗号、缺少的引号。`,
      en: `The dictionary cannot be read or is not valid JSON (${reason}). Fix the syntax, e.g. a trailing comma or a missing quote.` });
    return;
  }
  const compiled = compileDictionary(data);
  if (compiled.strings) {
    into.dictionaries.set(name, compiled.strings);
    into.files.set(name, file);
  }
  for (const problem of compiled.problems) into.problems.push({ file, line: lineOf(text, problem.field), ...problem });
}

/**
 * Every dictionary available to a content folder, built-in first.
 * @example loadDictionaries('content').dictionaries.get('en')?.sourceLabel('X') // 'Source: X'
 */
export function loadDictionaries(contentDir: string): LoadedDictionaries {
  const loaded: LoadedDictionaries = { dictionaries: new Map(), files: new Map(), problems: [] };
  let builtInNames: string[] = [];
  try {
    builtInNames = readdirSync(BUILT_IN_DICTIONARY_DIR).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    loaded.problems.push({ file: relative(contentDir, BUILT_IN_DICTIONARY_DIR), field: 'folder',
      zh: `找不到内置词典文件夹（${(error as Error).message}）。请在项目文件夹里用 npm run … 运行命令。`,
      en: `The built-in dictionaries cannot be read (${(error as Error).message}). Run the command from the project folder, through npm run.` });
  }
  for (const name of builtInNames) {
    const absolute = join(BUILT_IN_DICTIONARY_DIR, name);
    readDictionary(absolute, relative(contentDir, absolute).split('\\').join('/'), name.slice(0, -'.json'.length), loaded);
  }
  const builtIn = new Set(loaded.files.keys());
  const entries = existsSync(contentDir) ? readdirSync(contentDir).sort() : [];
  for (const entry of entries) {
    const name = CONTENT_DICTIONARY.exec(entry)?.[1];
    if (!name) continue;
    if (builtIn.has(name)) {
      loaded.problems.push({ file: entry, field: 'file',
        zh: `已经有内置词典 ${name}（${BUILT_IN_DICTIONARY_DIR}/${name}.json），不能同名。请给这个文件换个名字，例如 dictionary.${name}-news.json，并在 site.json 的 dictionary 里写这个名字。`,
        en: `A built-in dictionary is already called ${name} (${BUILT_IN_DICTIONARY_DIR}/${name}.json). Rename this file, e.g. dictionary.${name}-news.json, and name it in site.json's "dictionary".` });
      continue;
    }
    readDictionary(join(contentDir, entry), entry, name, loaded);
  }
  return loaded;
}

let read: LoadedDictionaries | undefined;
let loadedAt = 0;
// During `npm run dev` pages render per request: the files are read again when the last reading is
// over a second old, so an edited dictionary shows on the next reload. A build reads them once.
const REREAD_AFTER_MS = isDevServer() ? 1000 : Infinity;

/**
 * Whether this runs in `astro dev`: Vite replaces the `DEV` flag below by a constant. Astro
 * inlines into a module every environment variable whose name occurs in its text (`_`, the
 * shell's last command, among them) wherever the env object itself is named without a property,
 * even in a comment: the page's route code, and with it every page's incremental-build key, then
 * changed with how the build was started (measured: a build run through `env` after a plain
 * `npm run build` rendered every page again). Outside Vite there is no env object, and no dev server.
 */
function isDevServer(): boolean {
  try {
    return import.meta.env.DEV === true;
  } catch {
    return false;
  }
}

/**
 * The dictionary of a locale (or the one its config names), from the dictionary files. The
 * content check reports every dictionary problem before a build renders; this throws only when
 * it was skipped.
 */
export function getStrings(locale: string): UiStrings {
  if (!read || Date.now() - loadedAt > REREAD_AFTER_MS) {
    read = loadDictionaries(SITE.contentDir);
    loadedAt = Date.now();
  }
  const config = SITE.locales.find((l) => l.code === locale);
  const name = config ? dictionaryOf(config) : locale;
  const strings = read.dictionaries.get(name);
  if (!strings) {
    throw configError('dictionary-unusable', { file: `${SITE.contentDir}/`, field: locale }, { name, locale });
  }
  return strings;
}
