// `npm run import -- <file.txt> [--id …] [--out …] [--force] [--headline …] [--date …] [--source …] [--locale …]`:
// turns a plain-text "N points" article into content/<id>/<locale>/*.md. A readable article is
// always written; what is missing or doubtful is printed as warnings with line numbers (all of
// them, in one run) and marked in index.md so `npm run check` refuses the build until it is fixed.
// runImport is the whole command, callable in-process: it returns the exit code and writes only
// to the streams it is given; import.ts is the entry point npm runs.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, importMessage } from '@/lib/import/import-error';
import { prepareInput } from '@/lib/import/read-input';
import { EditorError } from '@/lib/messages/editor-message';
import { formatMarked } from '@/lib/messages/format-message';
import { writeArticle } from '@/lib/import/write-article';
import { homePageNote, readRootArticle } from '@/lib/import/home-page-note';
import { summaryTable } from '@/lib/import/summary-table';
import { writeLine, type CliIo } from './cli-io';

const USAGE = `Usage: npm run import -- <file.txt | file.docx | page.html> [options]
  --id        folder name of the article (default: <date>-<headline in pinyin>)
  --out       content folder (default: content)
  --force     replace the files of this locale of an existing article
  --headline  headline, when the text has none or it was misread
  --date      publication date and time, e.g. "2024-02-07 09:36"
  --source    publisher, e.g. "江津融媒体中心"
  --locale    zh-hans, zh-hant or en (default: detected from the text)`;

const FLAGS = ['id', 'out', 'force', 'headline', 'date', 'source', 'locale'] as const;

/** A path relative to the working folder when it is inside it, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
}

/** Flags npm took for itself: `npm run import file.txt --id x` without `--` sets npm_config_id. */
function swallowedFlags(env: NodeJS.ProcessEnv): string[] {
  return FLAGS.filter((flag) => env[`npm_config_${flag}`] !== undefined);
}

async function importFile(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const out = (text: string) => writeLine(io.stdout, text);
  const err = (text: string) => writeLine(io.stderr, text);
  const swallowed = swallowedFlags(env);
  if (swallowed.length > 0) {
    const flags = swallowed.map((f) => `--${f}`).join(' ');
    err(formatMarked(importMessage('npm-flags', { file: '' }, { flags })));
    return 1;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        out: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
        headline: { type: 'string' },
        date: { type: 'string' },
        source: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`${positionals.length === 0 ? 'No input file given.' : 'Give exactly one input file.'}\n\n${USAGE}`);
    return 1;
  }
  const file = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    err(formatMarked(importMessage('unreadable', { file }, { code: (error as NodeJS.ErrnoException).code ?? 'error', reason: (error as Error).message })));
    return 1;
  }
  // The format is chosen by extension: .docx and saved pages (.html) go through their readers.
  const prepared = await prepareInput(bytes, file, { id: values.id, headline: values.headline, published: values.date, source: values.source, locale: values.locale });
  let result;
  try {
    result = await writeArticle(prepared.files, { outDir: values.out!, id: prepared.id, locale: prepared.locale, force: values.force! });
  } catch (error) {
    throw error instanceof ImportError ? error.inFile(file) : error;
  }
  for (const image of prepared.images) await writeFile(join(result.dir, image.name), image.bytes, { flag: 'wx' });
  const { article } = prepared;
  out(`${result.replaced ? 'Replaced' : 'Imported'} ${file} (${prepared.encoding}) → ${displayPath(result.dir)}/`);
  out(`  ${article.headline ?? '(no headline)'} · ${article.source ?? '(no source)'} · ${article.published ?? '(no date)'} · ${prepared.locale}`);
  out(`  lede: ${article.lede ? `${article.lede.length} characters` : 'none'} · photos: ${article.photos.length} · credits: ${article.credits.length} · unplaced lines: ${article.unplaced.length}`);
  out(summaryTable(article.highlights));
  out('Key figures are picked automatically: review them (value, unit, label) in each NN.md.');
  for (const warning of prepared.warnings) err(formatMarked(warning));
  if (prepared.warnings.length > 0) err(`${prepared.warnings.length} warning(s): the article was written; fix them in the files (npm run check lists what is still missing).`);
  out(homePageNote(values.out!, prepared.id, readRootArticle(values.out!)));
  return 0;
}

/**
 * Runs the importer on `argv` (the arguments after `npm run import --`), reading npm's swallowed
 * flags from `env`; returns the exit code. Any failure ends in a message, never a stack trace.
 */
export async function runImport(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  try {
    return await importFile(argv, env, io);
  } catch (error) {
    if (error instanceof EditorError) writeLine(io.stderr, formatMarked(error.detail));
    else writeLine(io.stderr, `error: ${(error as Error)?.message ?? String(error)}`);
    return 1;
  }
}
