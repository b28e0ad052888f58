// `npm run import -- <file.txt> [--id <article-id>] [--out <content-dir>] [--force]`: turns a
// plain-text "N highlights" article into content/<id>/zh-hans/*.md. Exit 1 with an actionable
// message on any problem; nothing is written then.
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportError, ImportError } from '@/lib/import/import-error';
import { prepareImport } from '@/lib/import/prepare-import';
import { writeArticle } from '@/lib/import/write-article';
import { looksTraditional } from '@/lib/import/script-check';
import { homePageNote, readRootArticle } from '@/lib/import/home-page-note';
import * as OpenCC from 'opencc-js';

const USAGE = `Usage: npm run import -- <file.txt> [--id <article-id>] [--out <content-dir>] [--force]
  --id      folder name of the article (default: <date>-<headline in pinyin>)
  --out     content folder (default: content)
  --force   replace the zh-hans files of an existing article`;

/** A path relative to the working folder when it is inside it, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        out: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
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
  const prepared = prepareImport(bytes, file, { id: values.id });
  const result = await writeArticle(prepared.files, { outDir: values.out!, id: prepared.id, locale: prepared.locale, force: values.force! });
  const { article } = prepared;
  console.log(`${result.replaced ? 'Replaced' : 'Imported'} ${file} (${prepared.encoding}) → ${displayPath(result.dir)}/`);
  console.log(`  ${article.headline} · ${article.source} · ${article.published}`);
  console.log(`  lede: ${article.lede ? `${article.lede.length} characters` : 'none'} · photos: ${article.photos.length} · credits: ${article.credits.length}`);
  for (const h of article.highlights) {
    const figures = h.figures.map((f) => `${f.value}${f.unit}`).join(', ');
    console.log(`  ${String(h.number).padStart(2, '0')}.md  ${h.title}${figures ? `  [${figures}]` : ''}`);
  }
  console.log('Key figures are picked automatically: review them (value, unit, label) in each NN.md.');
  console.log(homePageNote(values.out!, prepared.id, readRootArticle(values.out!)));
  const allText = [article.headline, article.lede, ...article.highlights.map((h) => `${h.title}${h.body}`)].join('');
  if (looksTraditional(allText, OpenCC.Converter({ from: 'tw', to: 'cn' }))) {
    console.warn(`警告：这篇文章是繁体中文，却存为简体（zh-hans）。请确认；如需繁体版，请人工转换或建立相应语言。
Warning: this article is written in Traditional Chinese but was filed as Simplified (zh-hans). Check it; the automatic 繁體 edition assumes a Simplified source.`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof ImportError) console.error(formatImportError(error));
    else console.error(`error: ${(error as Error)?.message ?? String(error)}`);
    process.exitCode = 1;
  },
);
