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
    if (error instanceof ImportError) error.file = file;
    throw error;
  }
  const attached = attachImages(prepared.files, extracted.images);
  return { ...prepared, encoding: format, files: attached.files, images: extracted.images, warnings: [...extracted.warnings, ...prepared.warnings, ...attached.warnings] };
}
