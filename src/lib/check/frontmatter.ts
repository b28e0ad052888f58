// Splits a Markdown file into YAML frontmatter and body the way Astro does. One truth: the data
// the rules see comes from Astro's own parser (`parseFrontmatter` of @astrojs/internal-helpers,
// js-yaml inside), so whatever the build would reject or read differently, the checker sees too.
// The `yaml` package parses the same text a second time only for positions: the line of every
// key and the source text of every value, so each message can point at a line.
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** Astro's loader reads frontmatter this way (`safeParseFrontmatter` in astro/dist/content/utils.js). */
const ASTRO_OPTIONS = { frontmatter: 'empty-with-spaces' } as const;
/** More aliases than this is a "billion laughs" bomb, not an editor's shortcut. */
const MAX_ALIASES = 100;

/** Astro's own frontmatter pattern (`@astrojs/internal-helpers/frontmatter`), `---` only. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** A YAML syntax error, located in the whole file. */
export interface YamlError {
  line: number;
  column: number;
  /** The `yaml` package's error code: `TAB_AS_INDENT`, `DUPLICATE_KEY`, `MISSING_CHAR`… */
  code: string;
  /** Its English message, first line only. */
  message: string;
}

export interface SplitFile {
  /** Whether a `---` block opens the file. */
  hasFrontmatter: boolean;
  /** The frontmatter as Astro reads it; `undefined` when the YAML is broken or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** What the YAML holds when it is not fields (`list`, `text`…): Astro would reject it. */
  notMapping?: string;
  /** The closing line is `----` or longer: Astro reads the extra dashes as an empty list item. */
  longClosingLine?: number;
  yamlErrors: YamlError[];
  /** File line of every key and list item, by dotted path: `photos.0.alt` → 9. */
  keyLines: Map<string, number>;
  /** Source text of every scalar value as written (quotes included), by dotted path. */
  valueSources: Map<string, string>;
  /**
   * `valueSources.get(key)` for a top-level key. Everyday frontmatter answers from its line, so
   * a rule that reads one field as written (the dates of every article) does not make the
   * second reading happen.
   */
  topValueSource(key: string): string | undefined;
  /** Line of the first YAML line (the one after the opening `---`). */
  yamlFirstLine: number;
  /** The raw YAML lines, for character-level checks (tabs). */
  yamlText: string;
  body: string;
  /** File line where the body starts. */
  bodyFirstLine: number;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** js-yaml's error as thrown by Astro's parser (a YAMLException with `mark` and `reason`). */
function astroYamlError(error: unknown, offset: number): YamlError {
  const e = error as { mark?: { line: number; column: number }; reason?: string; message?: string };
  return {
    line: (e.mark?.line ?? 0) + offset + 1,
    column: (e.mark?.column ?? 0) + 1,
    code: 'ASTRO_YAML',
    message: String(e.reason ?? e.message ?? error).split('\n')[0]!,
  };
}

/** A plain-language name for a YAML value that is not a mapping. */
function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'timestamp';
  return typeof value === 'string' ? 'text' : typeof value;
}

/** File line of every key and list item, and source text of every scalar, of a parsed YAML document. */
function positionsOf(doc: Document.Parsed, counter: LineCounter, yamlText: string, offset: number): Pick<SplitFile, 'keyLines' | 'valueSources'> {
  const keyLines = new Map<string, number>();
  const valueSources = new Map<string, string>();
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line + offset : undefined;
  const walk = (node: Node | null | undefined, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPath = path ? `${path}.${key}` : key;
        const line = lineOf(pair.key as Node);
        if (line !== undefined && !keyLines.has(childPath)) keyLines.set(childPath, line);
        walk(pair.value as Node, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const childPath = `${path}.${index}`;
        const line = lineOf(item as Node);
        if (line !== undefined) keyLines.set(childPath, line);
        walk(item as Node, childPath);
      });
    } else if (isScalar(node) && node.range) {
      valueSources.set(path, yamlText.slice(node.range[0], node.range[1]));
    }
  };
  walk(doc.contents as Node, '');
  return { keyLines, valueSources };
}

/** The `yaml` package's reading of the frontmatter, with the positions of its nodes. */
function parseYaml(yamlText: string): [Document.Parsed, LineCounter] {
  const counter = new LineCounter();
  return [parseDocument(yamlText, { lineCounter: counter, customTags: ['timestamp'], prettyErrors: true, uniqueKeys: true }), counter];
}

/** A key both parsers read alike: up to 100 characters, since `yaml` refuses an implicit key over 1,024, which js-yaml reads. */
const SIMPLE_KEY = '[A-Za-z_][\\w-]{0,99}';
/**
 * A line both parsers read alike when every line is one: blank, a comment, `key:` or `key: value`
 * (also after `- `), or `- value`, indented by spaces.
 */
const SIMPLE_LINE = new RegExp(`^ *(?:#.*|(?:- +)?${SIMPLE_KEY}:(?: +(.+))?|- +(.+))?$`);
/**
 * A value both read alike: a one-line plain scalar that starts with no YAML indicator and holds
 * no `: ` and no `#`, or a quoted one without escapes.
 */
const SIMPLE_VALUE = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^#:]|:(?! |$))*|"[^"\\]*"|'[^']*')$/;
/** A key at the left margin: the YAML is a mapping. */
const TOP_KEY = new RegExp(`^${SIMPLE_KEY}:`, 'm');

/**
 * Whether the frontmatter is YAML of the everyday kind (`title: 江津区主题教育`, lists of
 * `- caption: …`), with no tab, anchor, alias, tag, flow collection, block scalar, escape or
 * line that goes on below: then js-yaml (Astro's parser) and `yaml` agree on it, and when
 * js-yaml reads it without an error, `yaml` reports none either (tests/check/frontmatter.test.ts
 * holds both readings equal on every real and fixture file and 4,000 mutations of them).
 */
function isSimpleYaml(yamlText: string): boolean {
  if (yamlText.includes('\t') || !TOP_KEY.test(yamlText)) return false;
  return yamlText.split('\n').every((line) => {
    const match = SIMPLE_LINE.exec(line);
    if (!match) return false;
    const value = match[1] ?? match[2];
    return value === undefined || SIMPLE_VALUE.test(value);
  });
}

/**
 * What follows `key:` on its line in everyday frontmatter (`isSimpleYaml`: keys are unique), or
 * undefined when no line at the left margin holds the key.
 */
function topKeyLineRest(yamlText: string, key: string): string | undefined {
  if (!new RegExp(`^${SIMPLE_KEY}$`).test(key)) return undefined;
  return new RegExp(`^${key}:(.*)`, 'm').exec(yamlText)?.[1];
}

/** Astro's reading of simple frontmatter, when it is a mapping read without an error. */
function simpleFrontmatter(raw: string, yamlText: string): Record<string, unknown> | undefined {
  if (extractFrontmatter(raw) !== yamlText) return undefined;
  try {
    const { frontmatter } = parseFrontmatter(raw, ASTRO_OPTIONS);
    return frontmatter !== null && typeof frontmatter === 'object' && !Array.isArray(frontmatter) ? frontmatter as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits and parses one Markdown file. The data comes from Astro's parser (js-yaml turns an
 * unquoted `2024-02-07` into a Date), so schema validation sees the same values as the build.
 * Everyday frontmatter is read by js-yaml alone, and `yaml`'s second reading, which gives the
 * lines and source text the messages point at (0.6–0.8 s of a ~5 s cold check at 1,000 articles), waits
 * until a rule asks for them; `fast: false` reads every file both ways (the tests' reference).
 * @example splitFrontmatter('---\nnumber: 1\n---\n\n正文').keyLines.get('number') // 2
 */
export function splitFrontmatter(raw: string, { fast = true } = {}): SplitFile {
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    return {
      hasFrontmatter: false, data: undefined, yamlErrors: [], keyLines: new Map(), valueSources: new Map(),
      topValueSource: () => undefined, yamlFirstLine: 1, yamlText: '', body: raw, bodyFirstLine: 1,
    };
  }
  const yamlText = match[1]!;
  const yamlStart = match.index + match[0].length - 3 - yamlText.length;
  // The YAML text starts with the rest of the `---` line, so its line 1 is the opening line.
  const offset = lineAt(raw, yamlStart) - 1;
  const bodyStart = match.index + match[0].length;
  const bodyFirstLine = lineAt(raw, bodyStart) + 1;
  const body = raw.slice(bodyStart).replace(/^[^\n]*\n?/, '');

  const closing = raw.slice(bodyStart - 3, bodyStart + 1);
  const longClosingLine = closing === '----' ? lineAt(raw, bodyStart) : undefined;
  const simple = fast && isSimpleYaml(yamlText) ? simpleFrontmatter(raw, yamlText) : undefined;
  if (simple) {
    // Positions are read only when a rule reports a problem (or looks at a timestamp as written).
    let positions: Pick<SplitFile, 'keyLines' | 'valueSources'> | undefined;
    const read = () => (positions ??= positionsOf(...parseYaml(yamlText), yamlText, offset));
    return {
      hasFrontmatter: true, data: simple, longClosingLine, yamlErrors: [],
      get keyLines() { return read().keyLines; },
      get valueSources() { return read().valueSources; },
      // A value on its key's line is read from there; one below it (a list, a map) by `yaml`.
      topValueSource: (key) => {
        const rest = topKeyLineRest(yamlText, key);
        return rest === undefined ? undefined : /^ +(.*\S)/.exec(rest)?.[1] ?? read().valueSources.get(key);
      },
      yamlFirstLine: offset + 2, yamlText, body, bodyFirstLine,
    };
  }

  const [doc, counter] = parseYaml(yamlText);
  // An unclosed quote is reported at the end of the YAML; point at its last line, not at `---`.
  const lastYamlLine = offset + Math.max(1, yamlText.split('\n').length - 1);
  const yamlErrors: YamlError[] = doc.errors.map((error) => ({
    line: Math.min((error.linePos?.[0].line ?? 1) + offset, lastYamlLine),
    column: error.linePos?.[0].col ?? 1,
    code: error.code,
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const { keyLines, valueSources } = positionsOf(doc, counter, yamlText, offset);

  let data: Record<string, unknown> | undefined;
  let notMapping: string | undefined;
  if (yamlErrors.length === 0) {
    try {
      // Expanding aliases first with a cap: a bomb is refused in microseconds, never handed to js-yaml.
      doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const message = (error as Error).message;
      yamlErrors.push({ line: offset + 1, column: 1, code: /Excessive alias/.test(message) ? 'ALIAS_BOMB' : 'BAD_ALIAS', message });
    }
  }
  if (yamlErrors.length === 0) {
    if (extractFrontmatter(raw) !== yamlText) {
      // Astro also ends frontmatter at a line starting with `+++`.
      const line = offset + 1 + yamlText.split('\n').findIndex((l) => l.startsWith('+++'));
      yamlErrors.push({ line, column: 1, code: 'PLUS_DELIMITER', message: 'a line starting with +++ ends the frontmatter' });
    }
  }
  if (yamlErrors.length === 0) {
    try {
      const { frontmatter } = parseFrontmatter(raw, ASTRO_OPTIONS);
      const contents = doc.contents;
      // Astro turns a scalar into {} (then "number: Required") and keeps a list (then "Expected object").
      if (Array.isArray(frontmatter)) notMapping = 'list';
      else if (isScalar(contents) && contents.value !== null && contents.value !== undefined) notMapping = kindOfValue(contents.value);
      else data = frontmatter as Record<string, unknown>;
    } catch (error) {
      yamlErrors.push(astroYamlError(error, offset));
    }
  }
  return {
    hasFrontmatter: true, data, notMapping, longClosingLine, yamlErrors, keyLines, valueSources,
    topValueSource: (key) => valueSources.get(key), yamlFirstLine: offset + 2, yamlText, body, bodyFirstLine,
  };
}

/** Line of a field path, or of its nearest parent that exists (a missing key points at its parent). */
export function lineOfPath(file: Pick<SplitFile, 'keyLines' | 'yamlFirstLine'>, path: readonly PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = file.keyLines.get(path.slice(0, n).map(String).join('.'));
    if (line !== undefined) return line;
  }
  // A missing top-level key: point at the opening `---`.
  return file.yamlFirstLine - 1;
}
