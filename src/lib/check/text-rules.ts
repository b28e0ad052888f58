// Characters that survive YAML and Markdown but do harm later: control characters (a feed with
// one is not XML any more), a ` #` in an unquoted value (YAML drops the rest as a comment), and
// curly quotes typed where YAML wanted straight ones (they stay in the text).
import { report, type Problem } from './problem';
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
    out.push(report('control-character', at(index + 1, index + 1 < split.bodyFirstLine ? 'frontmatter' : 'body'), { names }));
  });
  // YAML escapes (`"\0"`, `"\x1b"`) put control characters into values without them being in the file.
  for (const [path, value] of strings(split.data, '')) {
    const found = value.match(CONTROL_ALL);
    if (!found || CONTROL.test(split.valueSources.get(path) ?? '')) continue;
    out.push(report('control-character-escape', at(split.keyLines.get(path), path), { path, names: [...new Set(found)].map(codeOf).join(', ') }));
  }
  split.yamlText.split('\n').forEach((text, index) => {
    const line = split.yamlFirstLine - 1 + index;
    const value = PLAIN_VALUE.exec(text.replace(/\r$/, ''))?.[1];
    if (value === undefined) return;
    const comment = /\s#/.exec(value);
    if (comment) {
      const kept = value.slice(0, comment.index).trim();
      out.push(report('hash-in-value', at(line, 'frontmatter'), { kept, value: value.trim() }));
    }
    const plain = (comment ? value.slice(0, comment.index) : value).trim();
    // ”…” or “…“ (wrong orientation) or “…” around a number: typed as YAML quotes, not meant as text.
    const wrapped = /^[“”‘’].*[“”‘’]$/u.test(plain) && plain.length > 2;
    const inner = plain.slice(1, -1);
    if (wrapped && (/^[”’]/u.test(plain) || /[“‘]$/u.test(plain) || /^[\d.,%+-]+$/.test(inner) || !/[“”‘’]/u.test(inner))) {
      out.push(report('curly-quotes-as-yaml-quotes', at(line, 'frontmatter'), { plain, inner }));
    }
  });
  return out;
}
