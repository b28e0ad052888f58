// Rules on one file's raw text: size, encoding, BOM, tabs, YAML syntax, timestamp offsets.
// They look at the characters as written, which the parsed data no longer shows.
import { report, type Problem } from './problem';
import type { ContentFile } from './content-tree';
import { OFFSET_TIMESTAMP, TIMESTAMP_FIELDS } from '@/lib/content/content-schema';
import { zoneOffset } from '@/lib/content/dates';
import { impossibleTimestamp } from './calendar';

/** Larger than any real highlight by far; usually a pasted binary or a whole book. */
export const MAX_FILE_BYTES = 200 * 1024;

/** What a YAML error code means, in both languages (the parser's own text is appended). */
const YAML_HINTS: Record<string, [string, string]> = {
  TAB_AS_INDENT: ['缩进用了制表符（Tab）', 'a tab is used for indentation'],
  DUPLICATE_KEY: ['同一个字段写了两次，请删掉一个', 'the same key appears twice; delete one'],
  MISSING_CHAR: ['引号或括号没有闭合，请补上', 'a quote or bracket is not closed; close it'],
  BLOCK_AS_IMPLICIT_KEY: ['值里有“: ”，请把整个值用英文双引号括起来', 'the value contains ": "; put the whole value in double quotes'],
  BAD_INDENT: ['缩进不对齐，同级字段请用相同数量的空格缩进', 'indentation does not line up; indent keys of the same level by the same number of spaces'],
  ALIAS_BOMB: ['别名（*名字）展开后过大，像是“十亿笑声”攻击；请删掉 & 和 * 写法，直接写出值', 'aliases (*name) expand to a huge value, like a "billion laughs" attack; remove the & and * and write the values out'],
  BAD_ALIAS: ['以 * 开头的值被当作别名，但找不到对应的 &名字；若 * 是文字，请把整个值用英文双引号括起来', 'a value starting with * is read as an alias, but no &name defines it; if the * is text, put the whole value in double quotes'],
  PLUS_DELIMITER: ['以 +++ 开头的行会被当作文件头的结束；请把这一行的值放进引号里的同一行', 'a line starting with +++ is read as the end of the frontmatter; keep the value on one line inside quotes'],
  ASTRO_YAML: ['构建用的解析器不接受这里的写法（例如 !! 标签、不可见的控制字符、%YAML 指令）；请删掉它，只写普通的“字段: 值”', 'the parser the build uses rejects this (e.g. a !! tag, an invisible control character, a %YAML directive); delete it and write plain "field: value" lines'],
};

/** Turns `2024-02-07` or `2024-02-07 09:36` into the full form with the site's offset. */
export function suggestTimestamp(written: string, timeZone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?)?/.exec(written);
  if (!m) return `2024-02-07T09:36:00${zoneOffset(new Date(), timeZone)}`;
  return `${m[1]}T${m[2] ?? '00:00'}${m[3] ?? ':00'}${zoneOffset(new Date(`${m[1]}T12:00:00Z`), timeZone)}`;
}

/** Raw-text problems of one file. */
export function checkFileText(file: ContentFile, timeZone: string): Problem[] {
  const out: Problem[] = [];
  const at = (line: number | undefined, field: string) => ({ file: file.path, line, field });
  const { split } = file;
  if (file.size > MAX_FILE_BYTES) {
    const kb = Math.round(file.size / 1024);
    out.push(report('file-too-large', at(undefined, 'file'), { kb }));
  }
  if (file.raw.includes('\uFFFD')) {
    out.push(report('not-utf8', at(undefined, 'file')));
  }
  if (file.raw.startsWith('\uFEFF')) {
    out.push(report('bom', at(1, 'file')));
  }
  if (!split.hasFrontmatter) {
    out.push(report('no-frontmatter', at(1, 'frontmatter')));
    return out;
  }
  const tabLines = new Set<number>();
  split.yamlText.split('\n').forEach((text, index) => {
    if (!text.includes('\t')) return;
    const line = split.yamlFirstLine - 1 + index;
    tabLines.add(line);
    out.push(report('yaml-tab', at(line, 'frontmatter')));
  });
  if (split.notMapping) {
    out.push(report('frontmatter-not-fields', at(split.yamlFirstLine, 'frontmatter'), { shape: split.notMapping }));
  }
  if (split.longClosingLine) {
    out.push(report('long-closing-line', at(split.longClosingLine, 'frontmatter')));
  }
  for (const error of split.yamlErrors) {
    // Tabs throw the indentation off for the lines below; once the tabs are gone these vanish too.
    if (tabLines.size > 0 && (error.code === 'TAB_AS_INDENT' || error.code === 'BAD_INDENT')) continue;
    const [zh, en] = YAML_HINTS[error.code] ?? ['请检查这一行的冒号、引号和缩进', 'check the colons, quotes and indentation of this line'];
    out.push(report('yaml-syntax', at(error.line, 'frontmatter'), { line: error.line, column: error.column, zh, en, detail: error.message }));
  }
  if (file.kind === 'article') {
    for (const field of TIMESTAMP_FIELDS) {
      const source = split.topValueSource(field);
      if (source === undefined) continue;
      const written = source.replace(/^["']|["']$/g, '').trim();
      if (OFFSET_TIMESTAMP.test(written)) {
        const wrong = impossibleTimestamp(written);
        if (wrong) {
          out.push(report('impossible-date', at(split.keyLines.get(field), field), { written, field, zh: wrong.zh, en: wrong.en }));
        }
        continue;
      }
      const fix = suggestTimestamp(written, timeZone);
      out.push(report('timestamp-offset', at(split.keyLines.get(field), field), { written, field, fix }));
    }
  }
  return out;
}
