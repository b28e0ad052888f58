// The whole importer up to the disk: bytes → decoded text → article → files. Pure, so tests can
// run every step on in-memory input; the CLI only reads the file and writes the result.
// `importText` is the seam for other input formats (Word, HTML): an adapter turns its file into
// plain text plus the lines the source styled as headings, and the same segmentation runs.
import { articleIdFor } from '@/lib/import/article-id';
import { decodeText, type DetectedEncoding } from '@/lib/import/decode-text';
import { ImportError, type ImportWarning } from '@/lib/import/import-error';
import { parseArticle, type ImportedArticle } from '@/lib/import/parse-article';
import { renderArticleFiles, type ArticleFile } from '@/lib/import/render-files';
import { looksTraditional } from '@/lib/import/script-check';
import * as OpenCC from 'opencc-js';

/** The default locale of imported text when nothing else is detected. */
export const IMPORT_LOCALE = 'zh-hans';

/** What an input adapter hands to the importer. */
export interface ImportTextInput {
  /** The article as plain text, one paragraph or heading per line (blank lines optional). */
  text: string;
  /** 1-based lines the source styled as headings (Word heading style, bold-only line, <h2>, <strong>): strong heading evidence. */
  headingLines?: number[];
  /** Values that override (or supply) what the text says: from CLI flags or the source file's metadata. */
  headline?: string;
  /** A date and time as printed (`2024-02-07 09:36`, `2024年2月7日`) or ISO 8601. */
  published?: string;
  source?: string;
  /** Folder locale to write (`zh-hans`, `zh-hant`, `en`); detected from the text when absent. */
  locale?: string;
  /** Article folder name; derived from date and headline when absent. */
  id?: string;
}

/** Everything ready to be written. */
export interface PreparedImport {
  article: ImportedArticle;
  id: string;
  locale: string;
  files: ArticleFile[];
  /** Problems worked around (missing metadata, numbering gaps, unplaced lines), each with its line. */
  warnings: ImportWarning[];
}

/** A decoded file: what `importText` returns plus the encoding found. */
export interface PreparedFileImport extends PreparedImport {
  encoding: DetectedEncoding;
}

/**
 * Parses plain text of an article and renders its Markdown files. Throws an ImportError only for
 * an article that cannot be read at all (empty, no section heading); everything else is a warning.
 * @example importText({ text: '标题\n来源：某报 2024-02-07 09:36\n一、小标题\n正文。' }).files.map((f) => f.name) // ['index.md', '01.md']
 */
export function importText(input: ImportTextInput): PreparedImport {
  const article = parseArticle(input.text, input);
  const locale = input.locale ?? detectLocale(article);
  // Without a date the id says so; the editor renames the folder or passes --id.
  const id = input.id ?? articleIdFor(article.published ?? 'undated', article.headline ?? input.text.trim().split('\n')[0]!);
  return { article, id, locale, files: renderArticleFiles(article, locale), warnings: article.warnings };
}

let toSimplified: ((s: string) => string) | undefined;

/**
 * The folder locale of an article's own language: `en` for English text, `zh-hant` for
 * Traditional Chinese (OpenCC tw→cn changes many characters), else `zh-hans`.
 */
export function detectLocale(article: ImportedArticle): string {
  const text = [article.headline ?? '', article.lede, ...article.highlights.map((h) => `${h.title}${h.body}`)].join('');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (latin > han * 2) return 'en';
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return looksTraditional(text, toSimplified) ? 'zh-hant' : IMPORT_LOCALE;
}

/**
 * Decodes and parses one article file and renders its Markdown files. `file` names the input in
 * error messages; `id` overrides the id derived from date and headline.
 */
export function prepareImport(bytes: Uint8Array, file: string, options: Omit<ImportTextInput, 'text'> = {}): PreparedFileImport {
  try {
    const { text, encoding } = decodeText(bytes);
    const prepared = importText({ ...options, text });
    return { ...prepared, encoding, warnings: prepared.warnings.map((w) => ({ ...w, file })) };
  } catch (error) {
    throw error instanceof ImportError ? error.inFile(file) : error;
  }
}
