// Plain text of an "N highlights" article → structured data: headline, source/date line, photo
// captions, lede, numbered sections and the closing credits. The order of the steps is the layout
// of such articles: headline, header block, sections, credits at the end.
import type { Credit, Figure } from '@/lib/content-schema';
import { parseCreditLine } from '@/lib/import/credit-lines';
import { pickFigures } from '@/lib/import/figures';
import { ImportError } from '@/lib/import/import-error';
import { parseCaptionLine, parseSourceLine, type CaptionData } from '@/lib/import/metadata-lines';
import { findHeadings, matchHeading } from '@/lib/import/section-headings';
import { toParagraphs, toSourceLines, type SourceLine } from '@/lib/import/source-lines';

/** One imported section. */
export interface ImportedHighlight {
  number: number;
  title: string;
  /** Paragraphs separated by a blank line, as Markdown. */
  body: string;
  figures: Figure[];
  /** Line of the heading in the input. */
  line: number;
}

/** Everything the importer read from one article. */
export interface ImportedArticle {
  headline: string;
  source: string;
  /** ISO 8601 with offset. */
  published: string;
  photos: CaptionData[];
  credits: Credit[];
  /** Lede paragraphs as Markdown (may be empty). */
  lede: string;
  highlights: ImportedHighlight[];
}

/** Characters Markdown would read as syntax at the start of a paragraph of plain news text. */
function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/([*_`<\[\]\\])/g, '\\$1')
    .replace(/^(#{1,6}\s|>|[-+]\s)/u, '\\$1')
    .replace(/^(\d+)([.)]\s)/u, '$1\\$2');
}

function toMarkdown(lines: readonly SourceLine[]): string {
  return toParagraphs(lines).map((p) => escapeMarkdown(p.text)).join('\n\n');
}

/** Finds where the closing credits block starts: trailing lines that are all credit lines. */
function splitClosingCredits(lines: readonly SourceLine[], from: number): { end: number; credits: Credit[] } {
  let end = lines.length;
  const blocks: Credit[][] = [];
  for (let i = lines.length - 1; i >= from; i -= 1) {
    const { text } = lines[i]!;
    if (text === '') continue;
    const credits = parseCreditLine(text);
    if (!credits) break;
    blocks.unshift(credits);
    end = i;
  }
  return { end, credits: blocks.flat() };
}

/**
 * Parses the decoded text of an article. Throws an ImportError (with the line) when the headline,
 * source, date or headings are missing or inconsistent, or a section is empty.
 */
export function parseArticle(text: string): ImportedArticle {
  const lines = toSourceLines(text);
  const first = lines.findIndex((l) => l.text !== '');
  if (first < 0) {
    throw new ImportError('empty-file', undefined,
      { what: '文件是空的。', fix: '请检查导入的是不是正确的文件。' },
      { what: 'The file is empty.', fix: 'Check that you are importing the right file.' });
  }
  const headlineLine = lines[first]!;
  if (parseSourceLine(headlineLine.text) || matchHeading(headlineLine.text)?.headingLike || parseCaptionLine(headlineLine.text)) {
    throw new ImportError('no-headline', headlineLine.line,
      { what: '第一行不是标题：它像是来源行、图片说明或小标题。', fix: '在文件第一行写上文章标题，再接来源/时间行。' },
      { what: 'The first line is not a headline: it looks like a source line, a photo caption or a section heading.', fix: 'Put the headline alone on the first line, followed by the source/date line.' });
  }
  const closing = splitClosingCredits(lines, first + 1);
  const body = lines.slice(first + 1, closing.end);
  const headings = findHeadings(body);

  // Header block: between the headline and the first heading.
  const headerEnd = headings[0]!.line - 1; // index of the first heading line
  let source: string | undefined;
  let published: string | undefined;
  let unreadableDate: { text: string; line: number } | undefined;
  const photos: CaptionData[] = [];
  const credits: Credit[] = [];
  const lede: SourceLine[] = [];
  for (const line of lines.slice(first + 1, headerEnd)) {
    if (line.text === '') {
      lede.push(line);
      continue;
    }
    const meta = parseSourceLine(line.text);
    if (meta) {
      source ??= meta.source;
      published ??= meta.published;
      if (meta.unreadableDate && !unreadableDate) unreadableDate = { text: meta.unreadableDate, line: line.line };
      for (const person of meta.people) credits.push(...(parseCreditLine(`${person.role}：${person.name}`) ?? []));
      continue;
    }
    const caption = parseCaptionLine(line.text);
    if (caption) {
      photos.push(caption);
      continue;
    }
    const byline = parseCreditLine(line.text);
    if (byline) {
      credits.push(...byline);
      continue;
    }
    lede.push(line);
  }
  if (!published) throw missingDate(unreadableDate, headlineLine.line);
  if (!source) {
    throw new ImportError('no-source', headlineLine.line + 1,
      { what: '没有找到来源：标题后面缺少“来源：…”这一行。', fix: '在标题下一行写上来源和时间，例如“来源：江津融媒体中心 2024-02-07 09:36”。' },
      { what: 'No source found: the line "来源：…" (Source: …) is missing after the headline.', fix: 'Add a line after the headline such as "来源：江津融媒体中心 2024-02-07 09:36" or "Source: Xinhua  Date: 2024-02-07 09:36".' });
  }

  const highlights = headings.map((heading, i): ImportedHighlight => {
    const start = heading.endLine; // index of the line after the heading (lines are 1-based)
    const end = i + 1 < headings.length ? headings[i + 1]!.line - 1 : closing.end;
    const sectionLines = lines.slice(start, end).filter((line) => {
      const caption = line.text ? parseCaptionLine(line.text) : undefined;
      if (caption) photos.push(caption);
      return !caption;
    });
    const markdown = toMarkdown(sectionLines);
    if (!markdown) {
      throw new ImportError('empty-section', heading.line,
        { what: `第 ${heading.number} 节“${heading.title}”下面没有正文。`, fix: '在小标题下面补上正文段落，或删除这个小标题并把后面各节重新编号。' },
        { what: `Section ${heading.number} ("${heading.title}") has no text.`, fix: 'Add the paragraphs of this section under its heading, or remove the heading and renumber the following ones.' });
    }
    const plain = toParagraphs(sectionLines).map((p) => p.text).join('\n');
    return { number: heading.number, title: heading.title, body: markdown, figures: pickFigures(plain), line: heading.line };
  });

  return { headline: headlineLine.text, source, published, photos, credits: [...credits, ...closing.credits], lede: toMarkdown(lede), highlights };
}

function missingDate(unreadable: { text: string; line: number } | undefined, headline: number): ImportError {
  if (unreadable) {
    return new ImportError('bad-date', unreadable.line,
      { what: `日期“${unreadable.text}”不存在（月份、日期或时间超出范围）。`, fix: '改成真实的日期和时间，例如 2024-02-07 09:36。' },
      { what: `The date "${unreadable.text}" does not exist (month, day or time out of range).`, fix: 'Write a real date and time, e.g. 2024-02-07 09:36.' });
  }
  return new ImportError('no-date', headline + 1,
    { what: '没有找到发布日期：标题后面的来源行里没有日期。', fix: '在来源行写上发布日期和时间，例如“来源：江津融媒体中心 2024-02-07 09:36”，或单独一行“时间：2024-02-07 09:36”。' },
    { what: 'No publication date found in the lines after the headline.', fix: 'Add the date and time to the source line, e.g. "来源：江津融媒体中心 2024-02-07 09:36", or a line "Date: 2024-02-07 09:36".' });
}
