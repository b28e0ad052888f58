/**
 * One finding of the content checker. Every problem says where (file, line, field), what is
 * wrong and how to fix it, in Chinese first and English second, so any editor can act on it.
 */

/** `error` stops `npm run check` and `astro build`; `warning` is printed and the build goes on. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the content folder, `/`-separated: `jiangjin/zh-hans/03.md` (a folder ends in `/`). */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** Frontmatter field path (`photos.0.alt`), or what the problem is about (`body`, `file`, `folder`). */
  field: string;
  severity: Severity;
  /** Stable rule id, for tests and for searching the editors' guide: `duplicate-number`. */
  rule: string;
  /** What is wrong and how to fix it, in Chinese. */
  zh: string;
  /** The same in English. */
  en: string;
}

/** Builds a problem; a tiny helper so rules read as one line each. */
export function problem(
  severity: Severity,
  rule: string,
  where: { file: string; line?: number; field: string },
  zh: string,
  en: string,
): Problem {
  return { ...where, severity, rule, zh, en };
}

/** Sorts problems by file, then line, errors before warnings on the same line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
    || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
