// Validates frontmatter with the same zod schemas Astro uses (src/lib/content/content-schema.ts) and
// turns each zod issue into a message an editor can act on, pointing at the line of the field.
import { z } from 'astro/zod';
import { TIMESTAMP_FIELDS, highlightSchema, makeArticleSchema } from '@/lib/content/content-schema';
import { lineOfPath } from './frontmatter';
import { problem, type Problem } from './problem';
import { suggestName } from './suggest';
import type { ContentFile } from './content-tree';

/** Outside Astro an image is just its path; whether the file exists is checked separately. */
const ARTICLE_SCHEMA = makeArticleSchema(z.string());
const SCHEMAS = { article: ARTICLE_SCHEMA, highlight: highlightSchema } as const;

/** Timestamps are checked on the raw text (file-rules.ts), which sees what YAML hides. */
const TIMESTAMP_FIELD_SET: ReadonlySet<string> = new Set(TIMESTAMP_FIELDS);

/** What each field holds, with an example line, for "missing" and "wrong type" messages. */
const FIELD_HELP: Record<string, { zh: string; en: string; example: string }> = {
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

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  array: ['列表（每项以“- ”开头）', 'a list (items start with "- ")'],
  object: ['字段组', 'a group of fields'],
  boolean: ['是/否', 'true/false'],
  date: ['时间', 'a timestamp'],
};

/** The keys a strict object accepts at `path` (unwrapping optional, default, pipe, array). */
function keysAt(schema: z.ZodTypeAny, path: readonly PropertyKey[]): string[] {
  let node: any = schema;
  const unwrap = () => {
    for (let def = node?._zod?.def; def && ['optional', 'default', 'pipe', 'nullable', 'prefault'].includes(def.type); def = node?._zod?.def) {
      node = def.type === 'pipe' ? def.in : def.innerType;
    }
  };
  unwrap();
  for (const key of path) {
    const def = node?._zod?.def;
    if (def?.type === 'object') node = def.shape[key as string];
    else if (def?.type === 'array') node = def.element;
    else return [];
    unwrap();
  }
  return node?._zod?.def?.type === 'object' ? Object.keys(node._zod.def.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: any = data;
  for (const key of path) value = value == null ? undefined : value[key as any];
  return value;
}

function describeValue(value: unknown): [string, string] {
  if (value === null) return ['空值', 'empty (null)'];
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (value instanceof Date) return TYPE_NAMES.date!;
  if (typeof value === 'string') return [`文本“${value}”`, `the text "${value}"`];
  if (typeof value === 'number') return [`数字 ${value}`, `the number ${value}`];
  return TYPE_NAMES[typeof value] ?? [typeof value, typeof value];
}

/** Friendly problems for one file's frontmatter; nothing when the YAML itself is broken. */
export function checkSchema(file: ContentFile): Problem[] {
  const { data } = file.split;
  if (!data) return [];
  const schema = SCHEMAS[file.kind];
  const result = schema.safeParse(data);
  if (result.success) return [];
  const out: Problem[] = [];
  // A misspelt key also makes the real one "missing": report it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path as PropertyKey[]);
    for (const key of issue.keys) {
      const guess = suggestName(key, known);
      if (guess) misspelt.add([...issue.path, guess].map(String).join('.'));
    }
  }
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    const field = path.map(String).join('.') || 'frontmatter';
    const last = String(path[path.length - 1] ?? '');
    const help = FIELD_HELP[last];
    const at = (line: number, f = field) => ({ file: file.path, line, field: f });
    const line = lineOfPath(file.split, path);
    const value = valueAt(data, path);
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const guess = suggestName(key, known);
        out.push(problem('error', 'unknown-key', at(lineOfPath(file.split, keyPath), keyPath.join('.')),
          guess ? `未知字段“${key}”。你是不是想写“${guess}”？请改正拼写。` : `未知字段“${key}”。可用字段：${known.join('、')}。请删除或改名。`,
          guess ? `Unknown field "${key}". Did you mean "${guess}"? Fix the spelling.` : `Unknown field "${key}". Known fields: ${known.join(', ')}. Delete or rename it.`));
      }
    } else if (value === undefined && misspelt.has(field)) {
      continue;
    } else if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
      out.push(problem('error', 'missing-field', at(line),
        `缺少必填字段 ${last}${help ? `（${help.zh}）` : ''}。请在文件头加一行${help ? `，例如 ${help.example}` : ` ${last}: …`}。`,
        `Missing required field "${last}"${help ? ` (${help.en})` : ''}. Add a line to the frontmatter${help ? `, e.g. ${help.example}` : ` "${last}: …"`}.`));
    } else if (TIMESTAMP_FIELD_SET.has(field) && (typeof value === 'string' || value instanceof Date)) {
      continue;
    } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      const expected = issue.code === 'invalid_type' ? issue.expected : TIMESTAMP_FIELD_SET.has(field) ? 'date' : 'string';
      const [wantZh, wantEn] = TYPE_NAMES[expected] ?? [expected, expected];
      const [gotZh, gotEn] = describeValue(value);
      out.push(problem('error', 'wrong-type', at(line),
        `字段 ${field} 应为${wantZh}，现在是${gotZh}。${help ? `请照这个格式写：${help.example}` : '请改正。'}`,
        `Field "${field}" must be ${wantEn}, not ${gotEn}.${help ? ` Write it like this: ${help.example}` : ''}`));
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      out.push(problem('error', 'empty-field', at(line),
        `字段 ${field} 不能为空。请填写${help ? help.zh : '内容'}，或删除这一行（若非必填）。`,
        `Field "${field}" must not be empty. Fill in ${help ? help.en : 'a value'}, or delete the line if it is optional.`));
    } else if (issue.code === 'too_small' && issue.origin === 'number') {
      out.push(problem('error', 'not-positive', at(line),
        `字段 ${field} 必须是大于 0 的整数（1、2、3……），现在是 ${String(value)}。`,
        `Field "${field}" must be a whole number from 1 up, not ${String(value)}.`));
    } else if (issue.code === 'invalid_value') {
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? suggestName(value, options) : undefined;
      out.push(problem('error', 'invalid-option', at(line),
        `字段 ${field} 的值“${String(value)}”无效，可选：${options.join('、')}。${guess ? `你是不是想写“${guess}”？` : ''}`,
        `Field "${field}" cannot be "${String(value)}"; choose one of ${options.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`));
    } else if (issue.code === 'custom' && last === 'alt') {
      out.push(problem('error', 'image-without-alt', at(line),
        '这张照片有图片文件，但没有替代文字。请在 image: 下面加一行 alt:，用一句话描述照片内容（供看不到图片的读者）。',
        'This photo has an image file but no alt text. Add a line "alt:" under "image:" describing what the photo shows (for readers who cannot see it).'));
    } else {
      out.push(problem('error', 'schema', at(line),
        `字段 ${field} 不符合要求：${issue.message}。`,
        `Field "${field}" is not valid: ${issue.message}.`));
    }
  }
  return out;
}
