// The one printer of editor messages, used by `npm run check`, `npm run import`, the build and
// the dev overlay: `✖ 错误 error[rule]  path:line field — 中文 / English`, one line per message.
import type { EditorMessage } from './editor-message';

const MARK = { error: '✖ 错误 error', warning: '⚠ 警告 warning' } as const;

/**
 * A message as one line without its mark: where, then Chinese / English. `dir` is put before the file.
 * @example formatMessage(m, 'content') // 'content/jiangjin/zh-hans/03.md:2 number — 编号重复… / Duplicate number…'
 */
export function formatMessage(m: EditorMessage, dir = ''): string {
  const path = [dir.replace(/\/+$/, ''), m.file].filter(Boolean).join('/');
  const where = `${path}${m.line ? `:${m.line}` : ''}${m.field ? ` ${m.field}` : ''}`;
  return `${where ? `${where} — ` : ''}${m.zh} / ${m.en}`;
}

/**
 * The same line led by its severity and rule id, as the CLIs print it.
 * @example formatMarked(m) // '✖ 错误 error[duplicate-number]  content/x/zh-hans/03.md:2 number — … / …'
 */
export function formatMarked(m: EditorMessage, dir = ''): string {
  return `${MARK[m.severity]}[${m.rule}]  ${formatMessage(m, dir)}`;
}
