// Writes synthetic corpora of the same shape as content/jiangjin-theme-education-2024/zh-hans/:
// per article an index.md (metadata + lede) and ten highlights of ~1,000 Chinese characters with
// three key figures each, all built from the real article's sentences by a seeded generator.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, parse, visit } from 'yaml';
import { createRandom, intBetween, pickOne } from './random';
import { highlightFileName, highlightNumberOfName } from '../../src/lib/content/content-path';
import { NEWSROOM_TIME_ZONE, toZonedIso } from '../../src/lib/content/dates';

/** The real material a corpus is made from. */
export interface CorpusSource {
  /** Sentences of the article body, each ending with its punctuation. */
  sentences: string[];
  /** The real article's index.md frontmatter (photos, credits, source…). */
  articleData: Record<string, unknown>;
  /** The real highlights' figures, as templates for unit and label. */
  figures: { value: string; unit: string; label: string }[];
}

const REAL_ARTICLE = 'content/jiangjin-theme-education-2024/zh-hans';
const SOURCE_TEXT = 'tests/fixtures/source/jiangjin-2024-02-07.txt';
const HIGHLIGHTS_PER_ARTICLE = 10;
/** Sentences are added up to this length; with the figure sentences a highlight ends near 1,000 characters. */
const HIGHLIGHT_CHARS = 880;
/** 2024-02-07T09:36:00+08:00, the real article's time; synthetic ones go back from it. */
const NEWEST = Date.parse('2024-02-07T09:36:00+08:00');

/** Splits Markdown front matter from its body. */
function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Reads the real article's sentences and frontmatter from the project at `root`. */
export async function readCorpusSource(root: string): Promise<CorpusSource> {
  const text = await readFile(join(root, SOURCE_TEXT), 'utf8');
  // Body paragraphs are the long lines; titles, credits and captions are short.
  const paragraphs = text.split('\n').filter((line) => line.length > 300);
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[。;;!?])/)).map((s) => s.trim()).filter((s) => s.length >= 12);
  const articleData = splitFrontmatter(await readFile(join(root, REAL_ARTICLE, 'index.md'), 'utf8')).data;
  const figures = [];
  for (const file of (await readdir(join(root, REAL_ARTICLE))).filter((f) => highlightNumberOfName(f) !== undefined)) {
    const { data } = splitFrontmatter(await readFile(join(root, REAL_ARTICLE, file), 'utf8'));
    figures.push(...(data.figures as CorpusSource['figures']));
  }
  return { sentences, articleData, figures };
}

/** A timestamp written in China Standard Time, e.g. 2024-02-07T09:36:00+08:00. */
export function formatShanghaiTime(ms: number): string {
  return toZonedIso(new Date(ms), NEWSROOM_TIME_ZONE);
}

/** A short clause of a sentence, usable as a title: 8–24 characters, no trailing punctuation. */
function clauseOf(random: () => number, sentences: string[]): string {
  const balanced = (c: string) => !/[()()]/.test(c) && (c.match(/“/g) ?? []).length === (c.match(/”/g) ?? []).length;
  for (;;) {
    const clauses = pickOne(random, sentences).split(/[,,、;;。]/).map((c) => c.trim())
      .filter((c) => c.length >= 8 && c.length <= 24 && balanced(c));
    if (clauses.length) return pickOne(random, clauses);
  }
}

/** A sentence with its numbers changed, so articles differ in more than order. */
function varySentence(random: () => number, sentences: string[]): string {
  return pickOne(random, sentences).replace(/\d+(\.\d+)?/g, () => String(intBetween(random, 2, 999)));
}

/**
 * Markdown with YAML front matter, written as an editor would: a value that starts with a curly
 * quote (a figure label such as “工作提醒”, as in the real article) is put in straight quotes, or
 * YAML would take the curly quotes as text and the content check would warn on every such file.
 */
function frontmatter(data: Record<string, unknown>, body: string): string {
  const yaml = new Document(data);
  visit(yaml, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^[“‘「『]/u.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${yaml.toString().trimEnd()}\n---\n\n${body}\n`;
}

/** One highlight file: three figures, each also written in the text, and 1–3 paragraphs. */
export function makeHighlight(random: () => number, source: CorpusSource, number: number): string {
  const figures = [0, 1, 2].map(() => {
    const template = pickOne(random, source.figures);
    const value = template.value.endsWith('%') ? `${intBetween(random, 50, 100)}%` : String(intBetween(random, 2, 9999));
    return { value, unit: template.unit, label: template.label };
  });
  const sentences: string[] = [];
  let length = 0;
  while (length < HIGHLIGHT_CHARS) {
    const s = varySentence(random, source.sentences);
    sentences.push(s);
    length += s.length;
  }
  for (const f of figures) {
    sentences.splice(intBetween(random, 0, sentences.length), 0, `${f.label}${f.value}${f.unit}。`);
  }
  // Paragraph breaks at random sentence boundaries.
  const paragraphs: string[][] = [[]];
  const breaks = intBetween(random, 0, 2);
  sentences.forEach((s, i) => {
    if (i > 0 && paragraphs.length <= breaks && random() < 3 / sentences.length) paragraphs.push([]);
    paragraphs.at(-1)!.push(s);
  });
  const body = paragraphs.map((p) => p.join('')).join('\n\n');
  return frontmatter({ number, title: clauseOf(random, source.sentences), figures }, body);
}

/** One article's index.md: the real metadata with its own headline, time and lede. */
export function makeArticleIndex(random: () => number, source: CorpusSource, index: number): string {
  const lede = [0, 1].map(() => varySentence(random, source.sentences)).join('');
  return frontmatter({
    ...source.articleData,
    locale: 'zh-hans',
    headline: `${clauseOf(random, source.sentences)} 呈现十大亮点`,
    // 97 minutes apart: distinct, newest first, and not all on the hour.
    published: formatShanghaiTime(NEWEST - index * 97 * 60_000),
  }, lede);
}

/** Writes `count` articles under `dir` (`bench-0001/zh-hans/…`); returns the Markdown file count. */
export async function writeCorpus(dir: string, count: number, source: CorpusSource, seed = 20240207): Promise<number> {
  const random = createRandom(seed);
  let files = 0;
  for (let i = 1; i <= count; i++) {
    const folder = join(dir, `bench-${String(i).padStart(4, '0')}`, 'zh-hans');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.md'), makeArticleIndex(random, source, i - 1));
    for (let n = 1; n <= HIGHLIGHTS_PER_ARTICLE; n++) {
      await writeFile(join(folder, highlightFileName(n)), makeHighlight(random, source, n));
    }
    files += 1 + HIGHLIGHTS_PER_ARTICLE;
  }
  return files;
}

/** The highlight the one-file-changed build edits: the fifth of the first article. */
export const CHANGED_FILE = join('bench-0001', 'zh-hans', '05.md');

/**
 * Edits one highlight of a written corpus, as an editor fixing a sentence would: appends the
 * `round`-th source sentence to its text (a different edit each round, so every build sees a change).
 */
export async function changeOneHighlight(dir: string, source: CorpusSource, round: number): Promise<void> {
  const file = join(dir, CHANGED_FILE);
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text.trimEnd()}${source.sentences[round % source.sentences.length]}\n`);
}
