// The one error type of the importer: what is wrong, where (file:line), how to fix it, in
// Chinese and English, so an editor never has to read a stack trace.

/** Stable codes of every import failure; tests and scripts match on these, not on wording. */
export type ImportErrorCode =
  | 'undecodable'
  | 'binary'
  | 'empty-file'
  | 'no-headline'
  | 'no-source'
  | 'no-date'
  | 'bad-date'
  | 'no-heading'
  | 'skipped-number'
  | 'duplicate-number'
  | 'first-number'
  | 'empty-section'
  | 'empty-title'
  | 'bad-id'
  | 'id-exists';

/** The parts of one message in one language. */
export interface ImportMessage {
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** An input problem the editor can fix; `line` is 1-based, absent when it concerns the whole file. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly line: number | undefined;
  readonly zh: ImportMessage;
  readonly en: ImportMessage;
  /** The input file, filled in by the caller that knows it (the parser only sees text). */
  file: string | undefined;

  constructor(code: ImportErrorCode, line: number | undefined, zh: ImportMessage, en: ImportMessage) {
    super(`${en.what} ${en.fix}`);
    this.name = 'ImportError';
    this.code = code;
    this.line = line;
    this.zh = zh;
    this.en = en;
  }
}

/** A problem the importer worked around: the article is written, the editor should look at `line`. */
export interface ImportWarning {
  /** Stable code: `skipped-number`, `no-date`, `unplaced`… */
  code: string;
  /** 1-based line of the input the warning is about. */
  line: number;
  zh: string;
  en: string;
}

/**
 * Formats a warning as the CLI prints it.
 * @example formatImportWarning(w, 'a.txt') // 'a.txt:12: warning[skipped-number]\n  警告：…\n  Warning: …'
 */
export function formatImportWarning(warning: ImportWarning, file: string): string {
  return [`${file}:${warning.line}: warning[${warning.code}]`, `  警告：${warning.zh}`, `  Warning: ${warning.en}`].join('\n');
}

/**
 * Formats an import error as the CLI prints it: location, then the Chinese and English text.
 * @example formatImportError(err) // 'article.txt:12: error[skipped-number]\n  错误：…\n  修改：…\n  Error: …\n  Fix: …'
 */
export function formatImportError(error: ImportError): string {
  const where = `${error.file ?? '<input>'}${error.line ? `:${error.line}` : ''}`;
  return [
    `${where}: error[${error.code}]`,
    `  错误：${error.zh.what}`,
    `  修改：${error.zh.fix}`,
    `  Error: ${error.en.what}`,
    `  Fix: ${error.en.fix}`,
  ].join('\n');
}
