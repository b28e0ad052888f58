// Validates frontmatter with the same zod schemas Astro uses (src/lib/content/content-schema.ts) and
// turns each zod issue into a message an editor can act on, pointing at the line of the field.
import { z } from 'astro/zod';
import { TIMESTAMP_FIELDS, highlightSchema, makeArticleSchema } from '@/lib/content/content-schema';
import { lineOfPath } from './frontmatter';
import { report, type Problem } from './problem';
import { suggestName } from './suggest';
import type { FieldHelp } from '@/lib/messages/check-messages';
import type { ContentFile } from './content-tree';

/** Outside Astro an image is just its path; whether the file exists is checked separately. */
const ARTICLE_SCHEMA = makeArticleSchema(z.string());
const SCHEMAS = { article: ARTICLE_SCHEMA, highlight: highlightSchema } as const;

/** Timestamps are checked on the raw text (file-rules.ts), which sees what YAML hides. */
const TIMESTAMP_FIELD_SET: ReadonlySet<string> = new Set(TIMESTAMP_FIELDS);

/** What each field holds, with an example line, for "missing" and "wrong type" messages. */
const FIELD_HELP: Record<string, FieldHelp> = {
  locale: { zh: '语言文件夹名', en: 'the locale folder name', example: 'locale: zh-hans' },
  headline: { zh: '标题', en: 'the headline', example: 'headline: 江津区主题教育 呈现十大亮点' },
  source: { zh: '来源', en: 'the source', example: 'source: 江津融媒体中心' },
  published: { zh: '发布时间', en: 'the publication time', example: 'published: 2024-02-07T09:36:00+08:00' },
  number: { zh: '亮点编号', en: 'the highlight number', example: 'number: 1' },
  title: { zh: '亮点标题', en: 'the highlight title', example: 'title: "“关键少数”以上率下高位推动主题教育"' },
  caption: { zh: '图片说明', en: 'the photo caption', example: 'caption: 吴滩镇郎家村打造红色美丽村庄' },
  credit: { zh: '图片署名', en: 'the photo credit', example: 'credit: 记者 袁孝椿 摄' },
  role: { zh: '署名角色', en: 'the credit role', example: 'role: 编辑' },
  name: { zh: '姓名', en: 'the name', example: 'name: 蒲泽熙' },
  kind: { zh: '署名类型', en: 'the credit kind', example: 'kind: editor' },
  value: { zh: '数字', en: 'the figure as written', example: 'value: "7万余"' },
  label: { zh: '数字说明', en: 'what the figure counts', example: 'label: 宣讲' },
};

const TYPE_NAMES: Record<string, readonly [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  array: ['列表（每项以“- ”开头）', 'a list (items start with "- ")'],
  object: ['字段组', 'a group of fields'],
  boolean: ['是/否', 'true/false'],
  date: ['时间', 'a timestamp'],
};

/** A zod issue as zod reports it (the input kept by `reportInput`). */
type Issue = z.core.$ZodIssue;

/**
 * The per-parse error map: an unknown-key issue carries the object schema that raised it, whose
 * public `shape` names the keys it accepts; they become the issue's message (one per line), so
 * the table below can suggest the right spelling. Every other issue keeps zod's own message.
 */
const knownKeysMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys' && issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape).join('\n') : undefined;

const knownKeys = (issue: Issue): string[] => (issue.code === 'unrecognized_keys' ? issue.message.split('\n').filter(Boolean) : []);

function describeValue(value: unknown): readonly [string, string] {
  if (value === null) return ['空值', 'empty (null)'];
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (value instanceof Date) return TYPE_NAMES.date!;
  if (typeof value === 'string') return [`文本“${value}”`, `the text "${value}"`];
  if (typeof value === 'number') return [`数字 ${value}`, `the number ${value}`];
  return TYPE_NAMES[typeof value] ?? [typeof value, typeof value];
}

/** What the table sees of one issue. */
interface IssueContext {
  issue: Issue;
  /** Dotted path (`photos.0.alt`), `frontmatter` for the whole object. */
  field: string;
  /** The last key of the path: `alt`. */
  last: string;
  help: FieldHelp | undefined;
  /** `field` is a misspelling's target, already reported as the misspelt key. */
  misspelt: boolean;
}

/** One problem (or none, when another rule reports it) for an issue the row matches. */
type Row = [matches: (c: IssueContext) => boolean, toProblem: (c: IssueContext, where: { file: string; line: number; field: string }) => Problem | undefined];

const isTypeIssue = ({ issue }: IssueContext) => issue.code === 'invalid_type' || issue.code === 'invalid_union';
const isMissing = ({ issue }: IssueContext) => issue.input === undefined;

/** Zod issue → friendly problem, first matching row wins (the order matters: a missing field is also a wrong type). */
const ISSUE_TABLE: readonly Row[] = [
  [(c) => isMissing(c) && c.misspelt, () => undefined],
  [(c) => isMissing(c) && isTypeIssue(c), (c, at) => report('missing-field', at, { name: c.last, help: c.help })],
  // Timestamps are checked on the raw text (file-rules.ts), which sees what YAML hides.
  [(c) => TIMESTAMP_FIELD_SET.has(c.field) && (typeof c.issue.input === 'string' || c.issue.input instanceof Date), () => undefined],
  [isTypeIssue, (c, at) => {
    const expected = c.issue.code === 'invalid_type' ? c.issue.expected : TIMESTAMP_FIELD_SET.has(c.field) ? 'date' : 'string';
    return report('wrong-type', at, { field: c.field, help: c.help, want: TYPE_NAMES[expected] ?? [expected, expected], got: describeValue(c.issue.input) });
  }],
  [({ issue }) => issue.code === 'too_small' && issue.origin === 'string', (c, at) => report('empty-field', at, { field: c.field, help: c.help })],
  [({ issue }) => issue.code === 'too_small' && issue.origin === 'number', (c, at) => report('not-positive', at, { field: c.field, value: String(c.issue.input) })],
  [({ issue }) => issue.code === 'invalid_value', (c, at) => {
    const options = c.issue.code === 'invalid_value' ? c.issue.values.map(String) : [];
    const value = c.issue.input;
    return report('invalid-option', at, { field: c.field, value: String(value), options, guess: typeof value === 'string' ? suggestName(value, options) : undefined });
  }],
  [({ issue, last }) => issue.code === 'custom' && last === 'alt', (_, at) => report('image-without-alt', at)],
  [() => true, (c, at) => report('schema', at, { field: c.field, reason: c.issue.message })],
];

/** Friendly problems for one file's frontmatter; nothing when the YAML itself is broken. */
export function checkSchema(file: ContentFile): Problem[] {
  const { data } = file.split;
  if (!data) return [];
  const result = SCHEMAS[file.kind].safeParse(data, { error: knownKeysMap, reportInput: true });
  if (result.success) return [];
  const out: Problem[] = [];
  const unknown = result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  // A misspelt key also makes the real one "missing": report it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of unknown) {
    const known = knownKeys(issue);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    for (const key of keys) {
      const guess = suggestName(key, known);
      out.push(report('unknown-key', { file: file.path, line: lineOfPath(file.split, [...issue.path, key]), field: [...issue.path, key].join('.') }, { key, guess, known }));
      if (guess) misspelt.add([...issue.path, guess].map(String).join('.'));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = issue.path.map(String).join('.') || 'frontmatter';
    const last = String(issue.path[issue.path.length - 1] ?? '');
    const context: IssueContext = { issue, field, last, help: FIELD_HELP[last], misspelt: misspelt.has(field) };
    const row = ISSUE_TABLE.find(([matches]) => matches(context))!;
    const found = row[1](context, { file: file.path, line: lineOfPath(file.split, issue.path), field });
    if (found) out.push(found);
  }
  return out;
}
