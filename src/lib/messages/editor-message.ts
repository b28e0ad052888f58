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

// — Catalogues: one entry per rule id with a Chinese and an English template over the same typed
// parameters (as Astro's errors-data.ts), and the severity it has unless the caller says otherwise. —
/** One catalogue entry: what is wrong and how to fix it, in both languages, from parameters `P`. */
export interface MessageEntry<P> {
  severity: Severity;
  /** The rule id printed, when two texts share one (a key must be unique, a rule need not be). */
  rule?: string;
  zh: (params: P) => string;
  en: (params: P) => string;
}

/**
 * Declares an entry; `P` is inferred from the Chinese template and checked on the English one.
 * @example message<{ n: number }>('error', ({ n }) => `缺少亮点 ${n}。`, ({ n }) => `Highlight ${n} is missing.`)
 */
export function message<P = Record<never, never>>(severity: Severity, zh: (params: P) => string, en: (params: P) => string): MessageEntry<P> {
  return { severity, zh, en };
}

/** Any catalogue: rule id → entry. `never` accepts every parameter type. */
export type Catalogue = Record<string, MessageEntry<never>>;

/** The parameters of entry `K` of catalogue `C`. */
export type ParamsOf<C extends Catalogue, K extends keyof C> = C[K] extends MessageEntry<infer P> ? P : never;

/** The arguments after `where`: the entry's parameters (optional when it takes none), then a severity. */
export type ReportArgs<C extends Catalogue, K extends keyof C> = keyof ParamsOf<C, K> extends never
  ? [params?: ParamsOf<C, K>, severity?: Severity]
  : [params: ParamsOf<C, K>, severity?: Severity];

/** A `report(rule, where, params)` bound to one catalogue. */
export type Reporter<C extends Catalogue> = <K extends keyof C & string>(rule: K, where: MessagePlace, ...args: ReportArgs<C, K>) => EditorMessage;

/** The two texts of an entry, for a reason that another message quotes (`Image "x" cannot be used: {reason}`). */
export type Texts<C extends Catalogue> = <K extends keyof C & string>(rule: K, ...args: ReportArgs<C, K>) => { zh: string; en: string };

/**
 * The texts alone, for catalogues of reasons and parts that a caller places itself.
 * @example textsFor(DICTIONARY_MESSAGES)('missing-key', { key: 'sourceLabel' }).en // 'The key "sourceLabel" is missing. …'
 */
export function textsFor<C extends Catalogue>(catalogue: C): Texts<C> {
  const report = reporterFor(catalogue);
  return (rule, ...args) => {
    const { zh, en } = report(rule, { file: '' }, ...args);
    return { zh, en };
  };
}

/**
 * A reporter for `catalogue`: `report('duplicate-number', { file, line, field }, { number, first })`.
 * The severity is the entry's, or the one passed last (rules whose severity is a setting).
 */
export function reporterFor<C extends Catalogue>(catalogue: C): Reporter<C> {
  return (rule, where, ...rest) => {
    const entry = catalogue[rule] as unknown as MessageEntry<ParamsOf<C, typeof rule>>;
    const params = (rest[0] ?? {}) as ParamsOf<C, typeof rule>;
    return { ...where, severity: rest[1] ?? entry.severity, rule: entry.rule ?? rule, zh: entry.zh(params), en: entry.en(params) };
  };
}
