// The whole importer up to the disk: bytes → decoded text → article → files. Pure, so tests can
// run every step on in-memory input; the CLI only reads the file and writes the result.
import { articleIdFor } from '@/lib/import/article-id';
import { decodeText, type DetectedEncoding } from '@/lib/import/decode-text';
import { ImportError } from '@/lib/import/import-error';
import { parseArticle, type ImportedArticle } from '@/lib/import/parse-article';
import { renderArticleFiles, type ArticleFile } from '@/lib/import/render-files';

/** The locale of imported text: the source articles are Simplified Chinese. */
export const IMPORT_LOCALE = 'zh-hans';

/** Everything ready to be written. */
export interface PreparedImport {
  article: ImportedArticle;
  encoding: DetectedEncoding;
  id: string;
  locale: string;
  files: ArticleFile[];
}

/**
 * Decodes and parses one article file and renders its Markdown files. `file` names the input in
 * error messages; `id` overrides the id derived from date and headline.
 */
export function prepareImport(bytes: Uint8Array, file: string, options: { id?: string; locale?: string } = {}): PreparedImport {
  try {
    const { text, encoding } = decodeText(bytes);
    const article = parseArticle(text);
    const locale = options.locale ?? IMPORT_LOCALE;
    const id = options.id ?? articleIdFor(article.published, article.headline);
    return { article, encoding, id, locale, files: renderArticleFiles(article, locale) };
  } catch (error) {
    if (error instanceof ImportError) error.file = file;
    throw error;
  }
}
