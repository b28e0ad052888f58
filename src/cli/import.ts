// `npm run import -- <file.txt> [--id …] [--out …] [--force] [--headline …] [--date …] [--source …] [--locale …]`:
// turns a plain-text "N points" article into content/<id>/<locale>/*.md. A readable article is
// always written; what is missing or doubtful is printed as warnings with line numbers (all of
// them, in one run) and marked in index.md so `npm run check` refuses the build until it is fixed.
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatImportError, formatImportWarning, ImportError } from '@/lib/import/import-error';
import { formatInputError, InputError, prepareInput } from '@/lib/import/read-input';
import { writeArticle } from '@/lib/import/write-article';
import { homePageNote, readRootArticle } from '@/lib/import/home-page-note';
import { summaryTable } from '@/lib/import/summary-table';

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

async function main(argv: string[]): Promise<number> {
  const swallowed = swallowedFlags(process.env);
  if (swallowed.length > 0) {
    const flags = swallowed.map((f) => `--${f}`).join(' ');
    console.error(`error[npm-flags]
  错误：npm 把 ${flags} 当成了它自己的设置，导入程序没有收到。
  修改：在 npm run import 后面加上 --，例如：npm run import -- 文章.txt ${flags} …
  Error: npm took ${flags} as its own settings; the importer never saw them.
  Fix: put -- after npm run import, e.g. npm run import -- article.txt ${flags} …`);
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
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`${positionals.length === 0 ? 'No input file given.' : 'Give exactly one input file.'}\n\n${USAGE}`);
    return 1;
  }
  const file = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(`${file}: error[unreadable]\n  错误：无法读取文件（${(error as NodeJS.ErrnoException).code ?? 'error'}）。\n  修改：检查文件路径是否正确。\n  Error: cannot read the file (${(error as Error).message}).\n  Fix: check the path.`);
    return 1;
  }
  // The format is chosen by extension: .docx and saved pages (.html) go through their readers.
  const prepared = await prepareInput(bytes, file, { id: values.id, headline: values.headline, published: values.date, source: values.source, locale: values.locale });
  let result;
  try {
    result = await writeArticle(prepared.files, { outDir: values.out!, id: prepared.id, locale: prepared.locale, force: values.force! });
  } catch (error) {
    if (error instanceof ImportError) error.file ??= file;
    throw error;
  }
  for (const image of prepared.images) await writeFile(join(result.dir, image.name), image.bytes, { flag: 'wx' });
  const { article } = prepared;
  console.log(`${result.replaced ? 'Replaced' : 'Imported'} ${file} (${prepared.encoding}) → ${displayPath(result.dir)}/`);
  console.log(`  ${article.headline ?? '(no headline)'} · ${article.source ?? '(no source)'} · ${article.published ?? '(no date)'} · ${prepared.locale}`);
  console.log(`  lede: ${article.lede ? `${article.lede.length} characters` : 'none'} · photos: ${article.photos.length} · credits: ${article.credits.length} · unplaced lines: ${article.unplaced.length}`);
  console.log(summaryTable(article.highlights));
  console.log('Key figures are picked automatically: review them (value, unit, label) in each NN.md.');
  for (const warning of prepared.warnings) console.warn(formatImportWarning(warning, file));
  if (prepared.warnings.length > 0) console.warn(`${prepared.warnings.length} warning(s): the article was written; fix them in the files (npm run check lists what is still missing).`);
  console.log(homePageNote(values.out!, prepared.id, readRootArticle(values.out!)));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof ImportError) console.error(formatImportError(error));
    else if (error instanceof InputError) console.error(formatInputError(error));
    else console.error(`error: ${(error as Error)?.message ?? String(error)}`);
    process.exitCode = 1;
  },
);
