// The whole importer up to the disk: bytes → decoded text → article → files. Pure, so tests can
// run every step on in-memory input; the CLI only reads the file and writes the result.
// `importText` is the seam for other input formats (Word, HTML): an adapter turns its file into
// plain text plus the lines the source styled as headings, and the same segmentation runs.
import { articleIdFor } from '@/lib/import/article-id';
import { decodeText, type DetectedEncoding } from '@/lib/import/decode-text';
import { ImportError, type ImportWarning } from '@/lib/import/import-error';
import { parseArticle, type ImportedArticle } from '@/lib/import/parse-article';
import { renderArticleFiles, type ArticleFile } from '@/lib/import/render-files';

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
  const article = parseArticle(input.text);
  const locale = input.locale ?? IMPORT_LOCALE;
  const id = input.id ?? articleIdFor(article.published, article.headline);
  return { article, id, locale, files: renderArticleFiles(article, locale), warnings: [] };
}

/**
 * Decodes and parses one article file and renders its Markdown files. `file` names the input in
 * error messages; `id` overrides the id derived from date and headline.
 */
export function prepareImport(bytes: Uint8Array, file: string, options: Omit<ImportTextInput, 'text'> = {}): PreparedFileImport {
  try {
    const { text, encoding } = decodeText(bytes);
    return { ...importText({ ...options, text }), encoding };
  } catch (error) {
    if (error instanceof ImportError) error.file = file;
    throw error;
  }
}
