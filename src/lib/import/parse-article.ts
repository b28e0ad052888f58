// Plain text of an "N highlights" article → structured data, read the way a person reads a page:
// every line is first classified (metadata, caption, credit, page furniture, running text) wherever
// it stands; the headline is the title-like line before the first paragraph; the running text is
// segmented into lede and sections. Nothing is dropped: a line that fits nowhere goes to `unplaced`,
// and a missing headline, source or date is a warning, never a refusal.
import type { Credit, Figure } from '@/lib/content/content-schema';
import { parseCreditLine } from '@/lib/import/credit-lines';
import { pickFigures } from '@/lib/import/figures';
import { importError, importWarning, type ImportWarning } from '@/lib/import/import-error';
import { findDate, parseCaptionLine, parseDateTime, parseSourceLine, type CaptionData, type IncompleteDate } from '@/lib/import/metadata-lines';
import { BREADCRUMB, extractByline, FOOTER, FURNITURE, looseDateLine, MASTHEAD, SITE_SUFFIX, nextFilled, opensSection, ORIGINAL_TITLE, prevFilled, TAIL, titleLike } from '@/lib/import/page-lines';
import { segmentSections, type Piece } from '@/lib/import/section-headings';
import { toParagraphs, toSourceLines, type SourceLine } from '@/lib/import/source-lines';

/** One imported section. */
export interface ImportedHighlight {
  /** Position 1..N in reading order (the file number). */
  number: number;
  /** Number as printed in the source (differs after a gap, a repeat, an unmarked first point or a countdown). */
  sourceNumber: number;
  /** The marker as printed: `亮点一：`, `一是`, `01`. */
  marker: string;
  title: string;
  /** Paragraphs separated by a blank line, as Markdown. */
  body: string;
  figures: Figure[];
  /** Line of the heading in the input. */
  line: number;
}

/** Everything the importer read from one article; absent metadata is reported in `warnings`. */
export interface ImportedArticle {
  headline: string | undefined;
  source: string | undefined;
  /** ISO 8601 with offset. */
  published: string | undefined;
  photos: CaptionData[];
  credits: Credit[];
  /** Lede paragraphs as Markdown (may be empty). */
  lede: string;
  highlights: ImportedHighlight[];
  /** How the source marks its sections: 亮点{一}, 第{一}, {1}. */
  sectionLabel: string | undefined;
  /** The source counts down: the page labels the first file with the highest number. */
  countdown: boolean;
  /** Input lines that fit nowhere, for the editor to move. */
  unplaced: string[];
  warnings: ImportWarning[];
}

/** Values given by the editor (CLI flags) or by an adapter, overriding the text. */
export interface ParseOptions {
  headingLines?: readonly number[];
  headline?: string;
  published?: string;
  source?: string;
}

/** Characters Markdown would read as syntax at the start of a paragraph of plain news text. */
function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/([*_`<\[\]\\])/g, '\\$1')
    .replace(/^(#{1,6}\s|>|[-+]\s)/u, '\\$1')
    .replace(/^(\d+)([.)]\s)/u, '$1\\$2');
}

function toMarkdown(pieces: readonly Piece[]): string {
  return toParagraphs(pieces).map((p) => escapeMarkdown(p.text)).join('\n\n');
}

type Kind = 'text' | 'meta' | 'caption' | 'credit' | 'unplaced' | 'drop';

interface Classified extends SourceLine {
  kind: Kind;
}

/** Groups lines whose numbers follow each other. */
function runsOf(lines: ReadonlyArray<{ text: string; line: number }>): Array<Array<{ text: string; line: number }>> {
  const runs: Array<Array<{ text: string; line: number }>> = [];
  for (const l of lines) {
    const run = runs[runs.length - 1];
    if (run && l.line - run[run.length - 1]!.line === 1) run.push(l);
    else runs.push([l]);
  }
  return runs;
}

/**
 * Parses the decoded text of an article. Throws an ImportError only for an empty file or a text
 * with no section markers at all; every other problem is a warning with its line.
 */
export function parseArticle(text: string, options: ParseOptions = {}): ImportedArticle {
  const lines = toSourceLines(text);
  if (!lines.some((l) => l.text !== '')) {
    throw importError('empty-file', undefined);
  }
  const warnings: ImportWarning[] = [];
  const photos: CaptionData[] = [];
  const credits: Credit[] = [];
  const unplaced: Array<{ text: string; line: number }> = [];
  let source: { value: string; line: number; weak: boolean } | undefined;
  let published: { value: string; line: number } | undefined;
  let unreadableDate: { text: string; line: number } | undefined;
  let incompleteDate: (IncompleteDate & { line: number }) | undefined;
  // The header zone ends at the first line that starts with a marker: loose date lines only there.
  const firstMarkerLine = lines.findIndex((l) => opensSection(l.text));
  const headerEnd = firstMarkerLine < 0 ? lines.length : firstMarkerLine;

  const classified: Classified[] = lines.map((l, index) => {
    const { text, line } = l;
    if (!text) return { ...l, kind: 'text' };
    const original = ORIGINAL_TITLE.exec(text);
    if (original) return { ...l, kind: original[1]!.trim() ? 'unplaced' : 'drop' };
    // 【纠错】 【责任编辑：潘悦】: a row of bracketed links; the credits in it are read, the line is kept.
    if (/^(?:【[^】]{1,20}】\s*){2,}$/u.test(text)) {
      const groups = [...text.matchAll(/【([^】]+)】/gu)].map((m) => parseCreditLine(m[1]!));
      for (const g of groups) if (g) credits.push(...g);
      return { ...l, kind: groups.every(Boolean) ? 'credit' : 'unplaced' };
    }
    if (FURNITURE.test(text) || BREADCRUMB.test(text) || FOOTER.test(text)) return { ...l, kind: 'unplaced' };
    // （編輯：陳怡婷）1150103: a wire service's closing credit with its story code; the code is kept.
    const coded = /^([（(][^）)]+[）)])\s*(\d{4,12})$/u.exec(text);
    const codedCredits = coded ? parseCreditLine(coded[1]!) : undefined;
    if (codedCredits) {
      credits.push(...codedCredits);
      return { ...l, kind: 'unplaced' };
    }
    // 【来源：人民日报】 / [来源：…]: a meta line in brackets reads like the bare one.
    const meta = parseSourceLine(text) ?? parseSourceLine(text.replace(/^[【\[［]\s*(.*?)\s*[】\]］]$/u, '$1'));
    if (meta && (meta.source || meta.published || meta.unreadableDate || meta.people.length)) {
      const news = (meta.source && (!source || source.weak)) || (meta.published && !published) || meta.people.length > 0 || ((meta.unreadableDate || meta.incompleteDate) && !published && !incompleteDate);
      if (news) {
        if (meta.incompleteDate && !incompleteDate) incompleteDate = { ...meta.incompleteDate, line };
        if (meta.source && (!source || source.weak)) source = { value: meta.source, line, weak: false };
        if (meta.published && !published) published = { value: meta.published, line };
        if (meta.unreadableDate && !unreadableDate) unreadableDate = { text: meta.unreadableDate, line };
        for (const person of meta.people) credits.push(...(parseCreditLine(`${person.role}：${person.name}`) ?? [{ role: person.role, name: person.name, kind: 'contributor' as const }]));
        return { ...l, kind: meta.widgets ? 'unplaced' : 'meta' };
      }
    }
    if (index < headerEnd && !published && !incompleteDate) {
      const loose = looseDateLine(text);
      if (loose) {
        if (loose.published) published = { value: loose.published, line };
        if (loose.incomplete) incompleteDate = { ...loose.incomplete, line };
        if (loose.source && !source) source = { value: loose.source, line, weak: true };
        if (loose.credits) credits.push(...loose.credits);
        return { ...l, kind: loose.used ? 'meta' : 'unplaced' };
      }
    }
    const credit = parseCreditLine(text);
    if (credit) {
      // The same credit printed twice (a photo credit over and under the picture) is kept once.
      credits.push(...credit.filter((c) => !credits.some((o) => o.role === c.role && o.name === c.name && o.statement === c.statement)));
      const supplier = credit.find((c) => c.role === '供稿');
      if (supplier && !source) source = { value: supplier.name, line, weak: true };
      return { ...l, kind: 'credit' };
    }
    const caption = parseCaptionLine(text.replace(/^[▲△↑▼●■◆]\s*/u, ''));
    if (caption && (/^[▲△↑▼]/u.test(text) || (!/[。！？]/u.test(caption.caption.slice(0, -1)) && caption.caption.length <= 80))) {
      photos.push(caption);
      return { ...l, kind: 'caption' };
    }
    return { ...l, kind: 'text' };
  });

  // After 相关阅读 / 延伸閱讀 / Related: the page lists other articles: their titles are unplaced,
  // up to the first paragraph (a box of links in the middle of the text ends there).
  let inTail = false;
  for (const c of classified) {
    if (!c.text) continue;
    if (c.kind === 'unplaced' && TAIL.test(c.text)) inTail = true;
    else if (inTail && c.kind === 'text') {
      if (titleLike(c.text)) c.kind = 'unplaced';
      else inTail = false;
    }
  }

  // Headline: the longest title-like line before the first section marker, preferring those above
  // the first paragraph. Title-like lines above it (masthead, menu, column tag, bare numerals) are
  // unplaced; the masthead becomes the source when nothing else names one.
  const firstSection = classified.findIndex((c) => c.kind === 'text' && opensSection(c.text));
  const zone = classified.slice(0, firstSection < 0 ? classified.length : firstSection);
  const firstParagraph = zone.find((c) => c.kind === 'text' && !titleLike(c.text) && (c.text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 10);
  const candidates = zone.filter((c) => c.kind === 'text' && titleLike(c.text) && !opensSection(c.text) && !/^[—–-]{1,2}/u.test(c.text) && !findDate(c.text) && !/^\d{2,3}年\d{1,2}月\d{1,2}日/u.test(c.text) && !/^[【〔\[][^】〕\]]*[】〕\]]$/u.test(c.text) && !/^(?:[0-9０-９]+|[零〇一二三四五六七八九十]+)$/u.test(c.text) && !(MASTHEAD.test(c.text) && [...c.text].length <= 16));
  // Length counts up to a cap, so a masthead or menu item (short) loses to the headline, and a long
  // standfirst under the headline does not beat it: between lines of headline length, the first wins.
  const score = (c: Classified) => Math.min([...c.text].length, /\p{Script=Han}/u.test(c.text) ? 14 : 24) + (!firstParagraph || c.line < firstParagraph.line ? 10 : 0) - (SITE_SUFFIX.test(c.text) ? 5 : 0);
  let headline: { value: string; line: number } | undefined;
  const given = options.headline?.trim();
  // A line the source styled as a section heading is not the headline (unless nothing else is).
  const styled = new Set(options.headingLines ?? []);
  const unstyled = candidates.filter((c) => !styled.has(c.line));
  const pool = unstyled.length > 0 ? unstyled : candidates;
  const pick = given ? zone.find((c) => c.text === given) : [...pool].sort((x, y) => score(y) - score(x) || x.line - y.line)[0];
  if (given) headline = { value: given, line: pick?.line ?? 1 };
  else if (pick) headline = { value: pick.text, line: pick.line };
  if (pick) {
    pick.kind = 'drop';
    for (const c of zone) if (c.line < pick.line && c.kind === 'text' && titleLike(c.text)) c.kind = 'unplaced';
    // A masthead: the first line, short, right above the headline or right below the date line.
    if (!source || source.weak) {
      const firstFilled = classified.find((c) => c.text);
      const masthead = zone.find((c) => c === firstFilled && c.kind === 'unplaced' && !FURNITURE.test(c.text) && !BREADCRUMB.test(c.text) && c.line < pick.line && !/[\d【】〔〕\[\]>｜|]/u.test(c.text) && [...c.text].length <= 24 && nextFilled(classified, c) === pick);
      const belowDate = zone.find((c) => c.kind === 'text' && titleLike(c.text) && c.line > pick.line && prevFilled(classified, c)?.kind === 'meta' && !/[\d【】]/u.test(c.text) && [...c.text].length <= 24 && c !== firstParagraph);
      const found = source ? undefined : masthead ?? belowDate;
      if (found) {
        source = { value: found.text, line: found.line, weak: true };
        found.kind = 'drop';
      }
    }
  }

  // A page prints the headline twice (title and h1) and a caption twice (image title and caption):
  // the copies add no word, so they are dropped; identical photos are kept once.
  for (const c of classified) {
    if (c.kind === 'text' && c !== pick && (c.text === headline?.value || photos.some((p) => p.caption === c.text))) c.kind = 'drop';
  }
  const seen = new Set<string>();
  for (let i = photos.length - 1; i >= 0; i -= 1) {
    const key = `${photos[i]!.caption}\u0000${photos[i]!.credit}`;
    if (seen.has(key)) photos.splice(i, 1);
    seen.add(key);
  }

  // Bylines glued to the first words of a paragraph.
  for (const c of classified) {
    if (c.kind !== 'text' || !c.text) continue;
    const byline = extractByline(c.text);
    if (!byline) continue;
    credits.push(...byline.credits);
    if (byline.source && !source) source = { value: byline.source, line: c.line, weak: true };
    c.text = byline.text;
    if (!c.text) c.kind = 'drop';
  }

  for (const c of classified) if (c.kind === 'unplaced') unplaced.push({ text: c.text, line: c.line });
  const bodyLines = classified.map((c) => ({ text: c.kind === 'text' ? c.text : '', line: c.line }));
  const segmentation = segmentSections(bodyLines, options.headingLines);
  warnings.push(...segmentation.warnings);
  unplaced.push(...segmentation.groupHeadings);
  unplaced.sort((x, y) => x.line - y.line);

  // Metadata given by the editor wins over the text.
  if (options.published) {
    const iso = /^\d{4}-\d{2}-\d{2}T/.test(options.published) ? options.published : parseDateTime(options.published);
    if (iso) published = { value: iso, line: published?.line ?? 1 };
    else warnings.push(importWarning('bad-date-option', 1, { value: options.published }));
  }
  if (options.source?.trim()) source = { value: options.source.trim(), line: source?.line ?? 1, weak: false };
  const at = headline?.line ?? 1;
  if (!headline) warnings.push(importWarning('no-headline', 1));
  if (!published && incompleteDate) {
    const { raw, day, why, line } = incompleteDate;
    warnings.push(why === 'no-time'
      ? importWarning('date-without-time', line, { line, raw, day })
      : importWarning('date-without-zone', line, { line, raw, day }));
  } else if (!published) {
    warnings.push(unreadableDate
      ? importWarning('bad-date', unreadableDate.line, { text: unreadableDate.text })
      : importWarning('no-date', at));
  }
  if (!source) warnings.push(importWarning('no-source', at));
  else if (source.weak) warnings.push(importWarning('source-guessed', source.line, { value: source.value }));
  // One warning per run of neighbouring unplaced lines (a menu is one problem, not twenty).
  for (const run of runsOf(unplaced)) {
    const [first, last] = [run[0]!, run[run.length - 1]!];
    warnings.push(importWarning('unplaced', first.line, { first: first.line, last: last.line, count: run.length, text: first.text.slice(0, 30) }));
  }

  const highlights = segmentation.sections.map((s, i): ImportedHighlight => {
    const plain = toParagraphs(s.body).map((p) => p.text).join('\n');
    return { number: i + 1, sourceNumber: s.sourceNumber, marker: s.marker, title: s.title, body: toMarkdown(s.body), figures: pickFigures(plain), line: s.line };
  });
  // A clean countdown (N … 1) keeps the source's numbers on the page through `countdown: true`.
  const countdown = segmentation.descending && highlights.every((h, i) => h.sourceNumber === highlights.length - i);
  const renumbered = countdown ? undefined : highlights.find((h) => h.sourceNumber !== h.number);
  if (renumbered) {
    const printed = highlights.map((h) => h.sourceNumber).join(', ');
    warnings.push(importWarning('renumbered', renumbered.line, { count: highlights.length, printed }));
  }
  warnings.sort((a, b) => a.line - b.line);
  return {
    headline: headline?.value, source: source?.value, published: published?.value,
    // A person credited twice in the same role (the date line and the lede's byline) is listed once.
    photos, credits: credits.filter((c, i) => credits.findIndex((o) => o.role === c.role && o.name === c.name) === i),
    lede: toMarkdown(segmentation.preamble), highlights,
    sectionLabel: segmentation.label, countdown, unplaced: unplaced.map((u) => u.text), warnings,
  };
}
