// The shape of a message catalogue (as Astro's errors-data.ts): one entry per rule id, each with
// a Chinese and an English template over the same typed parameters, and the severity it has
// unless the caller's settings say otherwise. `report()` turns an entry into an EditorMessage.
import type { EditorMessage, MessagePlace, Severity } from './editor-message';

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
