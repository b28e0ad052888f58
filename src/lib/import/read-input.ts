// Any input file → a prepared import: the format by extension (input-format.ts), then the text
// importer directly (.txt) or through the .docx / saved-page reader. The CLI calls this; nothing
// here touches the disk except reading the images a saved page keeps beside it.
import { extractDocx } from '@/lib/import/from-docx';
import { extractHtml } from '@/lib/import/from-html';
import { decodeText } from '@/lib/import/decode-text';
import { ImportError, importError } from '@/lib/import/import-error';
import { inputFormatOf } from '@/lib/import/input-format';
import { prepareExtracted, type InputOptions, type PreparedInput } from '@/lib/import/prepare-extracted';
import { prepareImport } from '@/lib/import/prepare-import';

/**
 * Reads and prepares one input file of any supported format. Throws an ImportError for a format
 * it refuses or cannot read, and (from the text importer) for an article it cannot segment.
 * @example (await prepareInput(bytes, 'report.docx')).files.map((f) => f.name) // ['index.md', '01.md', …]
 */
export async function prepareInput(bytes: Uint8Array, file: string, options: InputOptions = {}): Promise<PreparedInput> {
  const format = inputFormatOf(file);
  if (typeof format !== 'string') throw importError('unsupported-format', undefined, { zh: format.zh, en: format.en }).inFile(file);
  if (format === 'text') return { ...prepareImport(bytes, file, options), images: [] };
  if (format === 'html') {
    let html: string;
    try {
      html = decodeText(bytes).text;
    } catch (error) {
      throw error instanceof ImportError ? error.inFile(file) : error;
    }
    return prepareExtracted(extractHtml(html, file), file, 'html', options);
  }
  let extracted;
  try {
    extracted = await extractDocx(bytes);
  } catch (error) {
    throw importError('unreadable-docx', undefined, { reason: (error as Error).message }).inFile(file);
  }
  return prepareExtracted(extracted, file, 'docx', options);
}
