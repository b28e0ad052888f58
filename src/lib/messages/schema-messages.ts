// Catalogue: frontmatter that does not fit the content schema (check/schema-rules.ts maps each zod
// issue to one of these). `help` is what the field holds and an example line, when known.
import { message } from './catalogue';

/** What a field holds, with an example line. */
export interface FieldHelp { zh: string; en: string; example: string }

type Named = { field: string; help: FieldHelp | undefined };

export const SCHEMA_MESSAGES = {
  'unknown-key': message<{ key: string; guess: string | undefined; known: readonly string[] }>('error',
    ({ key, guess, known }) => (guess ? `未知字段“${key}”。你是不是想写“${guess}”？请改正拼写。` : `未知字段“${key}”。可用字段：${known.join('、')}。请删除或改名。`),
    ({ key, guess, known }) => (guess ? `Unknown field "${key}". Did you mean "${guess}"? Fix the spelling.` : `Unknown field "${key}". Known fields: ${known.join(', ')}. Delete or rename it.`)),
  'missing-field': message<{ name: string; help: FieldHelp | undefined }>('error',
    ({ name, help }) => `缺少必填字段 ${name}${help ? `（${help.zh}）` : ''}。请在文件头加一行${help ? `，例如 ${help.example}` : ` ${name}: …`}。`,
    ({ name, help }) => `Missing required field "${name}"${help ? ` (${help.en})` : ''}. Add a line to the frontmatter${help ? `, e.g. ${help.example}` : ` "${name}: …"`}.`),
  'wrong-type': message<Named & { want: readonly [string, string]; got: readonly [string, string] }>('error',
    ({ field, help, want, got }) => `字段 ${field} 应为${want[0]}，现在是${got[0]}。${help ? `请照这个格式写：${help.example}` : '请改正。'}`,
    ({ field, help, want, got }) => `Field "${field}" must be ${want[1]}, not ${got[1]}.${help ? ` Write it like this: ${help.example}` : ''}`),
  'empty-field': message<Named>('error',
    ({ field, help }) => `字段 ${field} 不能为空。请填写${help ? help.zh : '内容'}，或删除这一行（若非必填）。`,
    ({ field, help }) => `Field "${field}" must not be empty. Fill in ${help ? help.en : 'a value'}, or delete the line if it is optional.`),
  'not-positive': message<{ field: string; value: string }>('error',
    ({ field, value }) => `字段 ${field} 必须是大于 0 的整数（1、2、3……），现在是 ${value}。`,
    ({ field, value }) => `Field "${field}" must be a whole number from 1 up, not ${value}.`),
  'invalid-option': message<{ field: string; value: string; options: readonly string[]; guess: string | undefined }>('error',
    ({ field, value, options, guess }) => `字段 ${field} 的值“${value}”无效，可选：${options.join('、')}。${guess ? `你是不是想写“${guess}”？` : ''}`,
    ({ field, value, options, guess }) => `Field "${field}" cannot be "${value}"; choose one of ${options.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`),
  'image-without-alt': message('error',
    () => '这张照片有图片文件，但没有替代文字。请在 image: 下面加一行 alt:，用一句话描述照片内容（供看不到图片的读者）。',
    () => 'This photo has an image file but no alt text. Add a line "alt:" under "image:" describing what the photo shows (for readers who cannot see it).'),
  schema: message<{ field: string; reason: string }>('error',
    ({ field, reason }) => `字段 ${field} 不符合要求：${reason}。`,
    ({ field, reason }) => `Field "${field}" is not valid: ${reason}.`),
};
