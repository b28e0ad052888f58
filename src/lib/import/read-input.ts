// Any input file → a prepared import: the format by extension (input-format.ts), then the text
// importer directly (.txt) or through the .docx / saved-page reader. The CLI calls this; nothing
// here touches the disk except reading the images a saved page keeps beside it.
import { extractDocx } from '@/lib/import/from-docx';
import { extractHtml } from '@/lib/import/from-html';
import { decodeText } from '@/lib/import/decode-text';
import { ImportError } from '@/lib/import/import-error';
import { inputFormatOf, type RefusedFormat } from '@/lib/import/input-format';
import { prepareExtracted, type InputOptions, type PreparedInput } from '@/lib/import/prepare-extracted';
import { prepareImport } from '@/lib/import/prepare-import';

/** An input the importer cannot read at all (wrong format, a damaged .docx), with what to do. */
export class InputError extends Error {
  constructor(readonly file: string, readonly code: 'unsupported-format' | 'unreadable-docx', readonly zh: RefusedFormat['zh'], readonly en: RefusedFormat['en']) {
    super(`${en.what} ${en.fix}`);
    this.name = 'InputError';
  }
}

/** Formats an input error like an import error: location, then Chinese and English. */
export function formatInputError(error: InputError): string {
  return [`${error.file}: error[${error.code}]`, `  错误：${error.zh.what}`, `  修改：${error.zh.fix}`, `  Error: ${error.en.what}`, `  Fix: ${error.en.fix}`].join('\n');
}

/**
 * Reads and prepares one input file of any supported format. Throws InputError for a format
 * it refuses, ImportError (from the text importer) for an article it cannot segment.
 * @example (await prepareInput(bytes, 'report.docx')).files.map((f) => f.name) // ['index.md', '01.md', …]
 */
export async function prepareInput(bytes: Uint8Array, file: string, options: InputOptions = {}): Promise<PreparedInput> {
  const format = inputFormatOf(file);
  if (typeof format !== 'string') throw new InputError(file, 'unsupported-format', format.zh, format.en);
  if (format === 'text') return { ...prepareImport(bytes, file, options), images: [] };
  if (format === 'html') {
    let html: string;
    try {
      html = decodeText(bytes).text;
    } catch (error) {
      if (error instanceof ImportError) error.file = file;
      throw error;
    }
    return prepareExtracted(extractHtml(html, file), file, 'html', options);
  }
  let extracted;
  try {
    extracted = await extractDocx(bytes);
  } catch (error) {
    throw new InputError(file, 'unreadable-docx',
      { what: `无法读取这个 Word 文档（${(error as Error).message}）：它可能已损坏，或其实不是 .docx。`, fix: '请用 Word 或 WPS 打开后重新另存为 .docx，或另存为纯文本（.txt），再导入。' },
      { what: `This Word document cannot be read (${(error as Error).message}): it may be damaged or not really a .docx.`, fix: 'Open it in Word or WPS and save it again as .docx, or as plain text (.txt), and import that.' });
  }
  return prepareExtracted(extracted, file, 'docx', options);
}
