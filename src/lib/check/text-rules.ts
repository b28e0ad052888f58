// Characters that survive YAML and Markdown but do harm later: control characters (a feed with
// one is not XML any more), a ` #` in an unquoted value (YAML drops the rest as a comment), and
// curly quotes typed where YAML wanted straight ones (they stay in the text).
import { problem, type Problem } from './problem';
import type { ContentFile } from './content-tree';

/** C0 controls except tab, LF and CR; DEL; and the two non-characters XML forbids. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in a parsed value, with its dotted path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}.${i}`);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}

/** A plain (unquoted) YAML value on one line: `key: value`, or `- key: value` in a list. */
const PLAIN_VALUE = /^\s*(?:-\s+)?[^\s:#"'][^:]*:\s+([^\s"'|>&*!\[{][^]*)$/;

/** Problems with characters in one file. */
export function checkCharacters(file: ContentFile): Problem[] {
  const out: Problem[] = [];
  const { split } = file;
  const at = (line: number | undefined, field: string) => ({ file: file.path, line, field });
  file.raw.split('\n').forEach((text, index) => {
    const found = [...new Set(text.match(CONTROL_ALL) ?? [])];
    if (found.length === 0) return;
    const names = found.map(codeOf).join(', ');
    out.push(problem('error', 'control-character', at(index + 1, index + 1 < split.bodyFirstLine ? 'frontmatter' : 'body'),
      `这一行有看不见的控制字符（${names}），通常是从别处粘贴带来的；它会让 RSS 订阅源失效。请删除这一行里的它们（可以重新输入这一行）。`,
      `This line contains invisible control characters (${names}), usually pasted from elsewhere; they make the RSS feeds invalid. Delete them (retyping the line removes them).`));
  });
  // YAML escapes (`"\0"`, `"\x1b"`) put control characters into values without them being in the file.
  for (const [path, value] of strings(split.data, '')) {
    const found = value.match(CONTROL_ALL);
    if (!found || CONTROL.test(split.valueSources.get(path) ?? '')) continue;
    out.push(problem('error', 'control-character', at(split.keyLines.get(path), path),
      `字段 ${path} 的值里有控制字符（${[...new Set(found)].map(codeOf).join(', ')}，来自 \\0、\\x1b 这类转义）。请删除这些转义。`,
      `Field "${path}" contains control characters (${[...new Set(found)].map(codeOf).join(', ')}, from escapes like \\0 or \\x1b). Delete those escapes.`));
  }
  split.yamlText.split('\n').forEach((text, index) => {
    const line = split.yamlFirstLine - 1 + index;
    const value = PLAIN_VALUE.exec(text.replace(/\r$/, ''))?.[1];
    if (value === undefined) return;
    const comment = /\s#/.exec(value);
    if (comment) {
      const kept = value.slice(0, comment.index).trim();
      out.push(problem('warning', 'hash-in-value', at(line, 'frontmatter'),
        `没有引号的值里“ #”后面的内容会被当作注释删掉，只剩“${kept}”。若“#”是文字的一部分，请把整个值用英文双引号括起来，例如 "${value.trim()}"。`,
        `In an unquoted value everything after " #" is dropped as a comment, leaving "${kept}". If the # belongs to the text, put the whole value in double quotes: "${value.trim()}".`));
    }
    const plain = (comment ? value.slice(0, comment.index) : value).trim();
    // ”…” or “…“ (wrong orientation) or “…” around a number: typed as YAML quotes, not meant as text.
    const wrapped = /^[“”‘’].*[“”‘’]$/u.test(plain) && plain.length > 2;
    const inner = plain.slice(1, -1);
    if (wrapped && (/^[”’]/u.test(plain) || /[“‘]$/u.test(plain) || /^[\d.,%+-]+$/.test(inner) || !/[“”‘’]/u.test(inner))) {
      out.push(problem('warning', 'curly-quotes-as-yaml-quotes', at(line, 'frontmatter'),
        `值两边是中文弯引号（${plain[0]}…${plain.at(-1)}），YAML 不把它们当作引号，会原样显示。若只是想给值加引号，请改用英文直引号："${inner}"；若弯引号是文字的一部分，请写成 "${plain}"。`,
        `The value is wrapped in curly quotes (${plain[0]}…${plain.at(-1)}); YAML does not treat them as quotes, so they are shown as text. To quote the value use straight quotes: "${inner}"; if the curly quotes belong to the text, write "${plain}".`));
    }
  });
  return out;
}
