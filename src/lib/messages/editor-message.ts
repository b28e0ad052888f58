// The one shape of every message an editor reads: checker findings, importer errors and warnings,
// site settings (site.json) and dictionary errors. Each says where, what is wrong and how to fix
// it, in Chinese first and English second, so any editor can act on it without a stack trace.

/** `error` stops `npm run check`, `astro build` and `npm run import`; `warning` is printed and work goes on. */
export type Severity = 'error' | 'warning';

/** Where a message points: a file, with a line and a field when there is one. */
export interface MessagePlace {
  /** The file: relative to the content folder for the checker (`jiangjin/zh-hans/03.md`, a folder ends in `/`), the input path for the importer. */
  file: string;
  /** 1-based line in the file, when the message has one. */
  line?: number | undefined;
  /** Frontmatter field path (`photos.0.alt`), or what the message is about (`body`, `file`, `folder`). */
  field?: string | undefined;
}

export interface EditorMessage extends MessagePlace {
  severity: Severity;
  /** Stable rule id, for tests and for searching the editors' guide: `duplicate-number`. */
  rule: string;
  /** What is wrong and how to fix it, in Chinese. */
  zh: string;
  /** The same in English. */
  en: string;
}

/**
 * An error an editor can fix, thrown by the importer and the site settings; the CLIs and the
 * build print its `detail` with the one printer (format-message.ts) and exit non-zero.
 */
export class EditorError extends Error {
  readonly detail: EditorMessage;

  constructor(detail: EditorMessage) {
    super(`${detail.zh} / ${detail.en}`);
    this.name = 'EditorError';
    this.detail = detail;
  }

  /** The rule id (`skipped-number`), the stable handle tests and scripts match on. */
  get rule(): string {
    return this.detail.rule;
  }

  get line(): number | undefined {
    return this.detail.line;
  }

  /** The same error pointing at `file` (the parser sees only text; its caller knows the file). */
  inFile(file: string): EditorError {
    return new EditorError({ ...this.detail, file });
  }
}

/** Sorts messages by file, then line, errors before warnings on the same line. */
export function sortMessages<M extends EditorMessage>(messages: readonly M[]): M[] {
  return [...messages].sort((a, b) =>
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
    || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
