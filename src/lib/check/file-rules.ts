// Rules on one file's raw text: size, encoding, BOM, tabs, YAML syntax, timestamp offsets.
// They look at the characters as written, which the parsed data no longer shows.
import { problem, type Problem } from './problem';
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
    out.push(problem('error', 'file-too-large', at(undefined, 'file'),
      `文件过大：${kb} KB，上限 200 KB。一个亮点不会这么长，请检查是否误粘贴了图片或整篇文章。`,
      `File is too large: ${kb} KB (limit 200 KB). A highlight is never this long; check for a pasted image or a whole article.`));
  }
  if (file.raw.includes('\uFFFD')) {
    out.push(problem('error', 'not-utf8', at(undefined, 'file'),
      '文件不是 UTF-8 编码（出现乱码字符）。请用编辑器以“UTF-8”编码重新保存。',
      'The file is not valid UTF-8 (replacement characters found). Re-save it with the encoding "UTF-8".'));
  }
  if (file.raw.startsWith('\uFEFF')) {
    out.push(problem('warning', 'bom', at(1, 'file'),
      '文件开头有 BOM（字节顺序标记）。请在编辑器里另存为“UTF-8（无 BOM）”。',
      'The file starts with a BOM (byte order mark). Save it as "UTF-8" without BOM.'));
  }
  if (!split.hasFrontmatter) {
    out.push(problem('error', 'no-frontmatter', at(1, 'frontmatter'),
      '缺少文件头（frontmatter）。文件必须以单独一行的 --- 开始，写完字段后再用一行 --- 结束。',
      'No frontmatter. The file must start with a line "---", then the fields, then another line "---".'));
    return out;
  }
  const tabLines = new Set<number>();
  split.yamlText.split('\n').forEach((text, index) => {
    if (!text.includes('\t')) return;
    const line = split.yamlFirstLine - 1 + index;
    tabLines.add(line);
    out.push(problem('error', 'yaml-tab', at(line, 'frontmatter'),
      '文件头里有制表符（Tab）。YAML 只允许空格，请把 Tab 换成空格（缩进用两个空格）。',
      'Tab character in the frontmatter. YAML allows only spaces: replace the tab with spaces (indent by two).'));
  });
  if (split.notMapping) {
    out.push(problem('error', 'frontmatter-not-fields', at(split.yamlFirstLine, 'frontmatter'),
      `文件头不是“字段: 值”的形式（现在是${split.notMapping === 'list' ? '列表' : '一段文字'}）。每行写一个字段，例如 number: 1，行首不要加“- ”。`,
      `The frontmatter is not "field: value" lines (it is a ${split.notMapping}). Write one field per line, e.g. number: 1, without a leading "- ".`));
  }
  if (split.longClosingLine) {
    out.push(problem('warning', 'long-closing-line', at(split.longClosingLine, 'frontmatter'),
      '文件头的结束行多了短横线（----）。多出的“-”会在正文开头变成一个空白列表项。请改成正好三个短横线 ---。',
      'The closing line of the frontmatter has more than three dashes (----). The extra "-" becomes an empty bullet at the top of the text. Make it exactly three: ---.'));
  }
  for (const error of split.yamlErrors) {
    // Tabs throw the indentation off for the lines below; once the tabs are gone these vanish too.
    if (tabLines.size > 0 && (error.code === 'TAB_AS_INDENT' || error.code === 'BAD_INDENT')) continue;
    const [zh, en] = YAML_HINTS[error.code] ?? ['请检查这一行的冒号、引号和缩进', 'check the colons, quotes and indentation of this line'];
    out.push(problem('error', 'yaml-syntax', at(error.line, 'frontmatter'),
      `文件头 YAML 语法错误（第 ${error.line} 行第 ${error.column} 列）：${zh}。`,
      `YAML syntax error at line ${error.line}, column ${error.column}: ${en} (${error.message}).`));
  }
  if (file.kind === 'article') {
    for (const field of TIMESTAMP_FIELDS) {
      const source = split.valueSources.get(field);
      if (source === undefined) continue;
      const written = source.replace(/^["']|["']$/g, '').trim();
      if (OFFSET_TIMESTAMP.test(written)) {
        const wrong = impossibleTimestamp(written);
        if (wrong) {
          out.push(problem('error', 'impossible-date', at(split.keyLines.get(field), field),
            `时间“${written}”不存在：${wrong.zh}。请改成真实的日期和时间，例如 ${field}: 2024-02-07T09:36:00+08:00。`,
            `Timestamp "${written}" does not exist: ${wrong.en}. Write a real date and time, e.g. ${field}: 2024-02-07T09:36:00+08:00.`));
        }
        continue;
      }
      const fix = suggestTimestamp(written, timeZone);
      out.push(problem('error', 'timestamp-offset', at(split.keyLines.get(field), field),
        `时间“${written}”缺少时区。请写成完整时间加时区，例如 ${field}: ${fix}（否则东八区会变成前一天）。`,
        `Timestamp "${written}" has no time zone offset. Write the full time with offset, e.g. ${field}: ${fix} (otherwise the date shifts by a day).`));
    }
  }
  return out;
}
