// An article read from a .docx or saved page → the files to write, through the same text
// importer as a .txt (`importText`, the one place that segments sections and reads metadata,
// given the lines the source styled as headings), then its images attached to the photos. Pure:
// tests run it on in-memory input.
import { attachImages } from '@/lib/import/attach-images';
import type { ExtractedArticle, ExtractedImage } from '@/lib/import/extracted-article';
import { ImportError } from '@/lib/import/import-error';
import { importText, type ImportTextInput, type PreparedImport } from '@/lib/import/prepare-import';

/** A prepared import plus the image files to write beside index.md. */
export interface PreparedInput extends PreparedImport {
  /** How the input was read: the text encoding, or `docx` / `html`. */
  encoding: string;
  images: ExtractedImage[];
}

/** Options of the CLI: they win over what the file says (`--headline` corrects a misread one). */
export type InputOptions = Omit<ImportTextInput, 'text' | 'headingLines'>;

/** Warnings about the whole article (nothing found): no line to quote. */
const WHOLE_FILE = new Set(['no-date', 'no-source', 'no-headline']);

/**
 * A .docx or .html has no lines an editor can open: a message about "line 12" of the text read
 * from it also quotes that line, so the editor finds the place in Word or the browser.
 * @example withQuote({ zh: '缺少正文', en: 'No text' }, '一、标题\n正文', 1) // { zh: '缺少正文（第 1 行：“一、标题”）', en: 'No text (line 1: "一、标题")' }
 */
export function withQuote<T extends { zh: string; en: string }>(message: T, text: string, line: number | undefined): T {
  const quoted = line ? text.split('\n')[line - 1]?.trim() : undefined;
  if (!quoted || message.zh.includes(quoted.slice(0, 10))) return message; // nothing to quote, or already quoted
  const short = quoted.length > 30 ? `${quoted.slice(0, 30)}…` : quoted;
  return { ...message, zh: `${message.zh}（第 ${line} 行：“${short}”）`, en: `${message.en} (line ${line}: "${short}")` };
}

/**
 * Imports an extracted article. `file` names the input in messages; `format` is how it was read.
 * @example prepareExtracted(await extractDocx(bytes), 'report.docx', 'docx').images.map((i) => i.name) // ['photo-01.jpg']
 */
export function prepareExtracted(extracted: ExtractedArticle, file: string, format: string, options: InputOptions = {}): PreparedInput {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as InputOptions;
  let prepared: PreparedImport;
  try {
    prepared = importText({
      text: extracted.text, headingLines: extracted.headingLines,
      headline: extracted.headline, published: extracted.published, source: extracted.source,
      ...defined,
    });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw new ImportError({ ...withQuote(error.detail, extracted.text, error.line), rule: error.code, file });
  }
  const attached = attachImages(prepared.files, extracted.images);
  const warnings = [...extracted.warnings, ...prepared.warnings.map((w) => (WHOLE_FILE.has(w.rule) ? w : withQuote(w, extracted.text, w.line))), ...attached.warnings]
    .map((w) => ({ ...w, file }));
  return { ...prepared, encoding: format, files: attached.files, images: extracted.images, warnings };
}
