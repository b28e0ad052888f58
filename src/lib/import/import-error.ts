// The importer's errors and warnings are EditorMessages (src/lib/messages/editor-message.ts), the
// shape the checker uses too: where (file:line), what is wrong and how to fix it, in Chinese and
// English, printed by the one printer, so an editor never has to read a stack trace.
import { EditorError, type EditorMessage } from '@/lib/messages/editor-message';
import { IMPORT_MESSAGES } from '@/lib/messages/import-messages';
import { reporterFor, type ReportArgs } from '@/lib/messages/editor-message';

/** Stable codes of every import failure; tests and scripts match on these, not on wording. */
export type ImportErrorCode =
  | 'undecodable'
  | 'binary'
  | 'empty-file'
  | 'no-heading'
  | 'bad-id'
  | 'id-exists'
  | 'unsupported-format'
  | 'unreadable-docx'
  | 'unreadable'
  | 'npm-flags';

/** A message of the importer catalogue (src/lib/messages/import-messages.ts), keyed by code. */
export const importMessage = reporterFor(IMPORT_MESSAGES);

/**
 * An input problem the editor can fix. The parser sees only text, so `file` is empty until the
 * caller that knows the file fills it in (`inFile`); `line` is 1-based, absent for the whole file.
 */
export class ImportError extends EditorError {
  constructor(detail: EditorMessage & { rule: ImportErrorCode }) {
    super(detail);
    this.name = 'ImportError';
  }

  /** The stable code: `skipped-number`. */
  get code(): ImportErrorCode {
    return this.detail.rule as ImportErrorCode;
  }

  override inFile(file: string): ImportError {
    return new ImportError({ ...this.detail, rule: this.code, file: this.detail.file || file });
  }
}

/**
 * Throws-ready: an ImportError from the catalogue.
 * @example importError('empty-file', undefined) // ImportError { code: 'empty-file', detail: { zh: '文件是空的。…', … } }
 */
export function importError<K extends ImportErrorCode & keyof typeof IMPORT_MESSAGES>(
  code: K, line: number | undefined, ...params: ReportArgs<typeof IMPORT_MESSAGES, K>
): ImportError {
  return new ImportError({ ...importMessage(code, { file: '', line }, ...params), rule: code });
}

/** A problem the importer worked around: the article is written, the editor should look at `line`. */
export type ImportWarning = EditorMessage & { line: number };

/**
 * A warning from the catalogue, at `line` of the input (the file is filled in by prepareImport).
 * @example importWarning('no-source', 1) // { rule: 'no-source', severity: 'warning', line: 1, … }
 */
export function importWarning<K extends keyof typeof IMPORT_MESSAGES>(
  code: K, line: number, ...params: ReportArgs<typeof IMPORT_MESSAGES, K>
): ImportWarning {
  return { ...importMessage(code, { file: '', line }, ...params), line };
}
