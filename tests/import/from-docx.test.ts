// Word documents through the whole importer: sections, headline, date, photos with their images.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import sharp from 'sharp';
import { extractDocx } from '@/lib/import/from-docx';
import { ImportError } from '@/lib/import/import-error';
import { prepareInput } from '@/lib/import/read-input';
import { withQuote } from '@/lib/import/prepare-extracted';
import { formatCounter, listMarkers } from '@/lib/import/docx-numbering';
import { autoNumberedDocx, boldHeadingsDocx, headingStyleDocx, unnumberedHeadingsDocx } from '../support/docx-fixtures';

const frontmatter = (content: string) => parse(/^---\n([\s\S]*?)---/.exec(content)![1]!) as Record<string, unknown>;

describe('extractDocx', () => {
  it('marks Word heading styles as headings and takes the Title style as the headline', async () => {
    const x = await extractDocx(await headingStyleDocx());
    expect(x.headline).toBe('测试区农村道路建设 三件大事');
    const lines = x.text.split('\n');
    expect(x.headingLines.map((n) => lines[n - 1])).toEqual(['一、村村通上硬化路', '二、客运班车进山村', '三、养护队伍建起来']);
    expect(x.text).not.toContain('测试区农村道路建设 三件大事');
  });
  it('marks paragraphs set entirely in bold as headings', async () => {
    const x = await extractDocx(await boldHeadingsDocx());
    const lines = x.text.split('\n');
    expect(x.headingLines.map((n) => lines[n - 1])).toEqual(['亮点一：村晚办进每个村', '亮点二：农家书屋夜间开放']);
  });
  it('gives heading lines even for titles with no numeral, where the style is the only evidence', async () => {
    const x = await extractDocx(await unnumberedHeadingsDocx());
    const lines = x.text.split('\n');
    expect(x.headingLines.map((n) => lines[n - 1])).toEqual(['小麦单产创新高', '机收率接近百分之百']);
  });
  it('keeps the embedded picture with its caption and Word alt text', async () => {
    const x = await extractDocx(await headingStyleDocx());
    expect(x.images).toHaveLength(1);
    expect(x.images[0]).toMatchObject({ name: 'photo-01.jpg', caption: '新修的村道 记者 赵测试 摄', alt: '山间新铺的柏油村道' });
    expect((await sharp(x.images[0]!.bytes).metadata()).format).toBe('jpeg');
  });
});

describe('npm run import -- file.docx (prepareInput)', () => {
  it('imports a Word document with heading styles: sections, headline, date, photo with its image', async () => {
    const prepared = await prepareInput(await headingStyleDocx(), 'roads.docx');
    const index = frontmatter(prepared.files.find((f) => f.name === 'index.md')!.content);
    expect(index).toMatchObject({
      headline: '测试区农村道路建设 三件大事', source: '测试区融媒体中心', published: '2025-03-01T10:00:00+08:00',
      photos: [{ caption: '新修的村道', credit: '记者 赵测试 摄', image: './photo-01.jpg', alt: '山间新铺的柏油村道' }],
    });
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['村村通上硬化路', '客运班车进山村', '养护队伍建起来']);
    expect(prepared.article.highlights[1]!.body).toContain('最远的村只要5元');
    expect(prepared.images.map((i) => i.name)).toEqual(['photo-01.jpg']);
    expect(prepared.article.lede).toContain('三件大事全部按期完成');
  });
  it('imports a Word document whose section titles are bold paragraphs', async () => {
    const prepared = await prepareInput(await boldHeadingsDocx(), 'culture.docx');
    expect(prepared.article.headline).toBe('测试镇文化惠民 两大亮点');
    expect(prepared.article.published).toBe('2025-06-18T15:20:00+08:00');
    expect(prepared.article.highlights.map((h) => [h.number, h.title])).toEqual([[1, '村晚办进每个村'], [2, '农家书屋夜间开放']]);
  });
  it('finds sections whose titles have no numeral from the Word heading styles alone, with --date/--source supplying metadata', async () => {
    const prepared = await prepareInput(await unnumberedHeadingsDocx(), 'harvest.docx', { published: '2025-06-20 09:00', source: '测试县融媒体中心' });
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['小麦单产创新高', '机收率接近百分之百']);
    expect(prepared.article.highlights[1]!.body).toContain('抢在雨前收完');
    expect(frontmatter(prepared.files[0]!.content)).toMatchObject({ headline: '测试县夏粮丰收', source: '测试县融媒体中心', published: '2025-06-20T09:00:00+08:00' });
    expect(prepared.warnings.map((w) => w.rule)).not.toContain('no-date');
  });
  it('refuses a file that is not a Word document, bilingually, with what to do', async () => {
    const error = await prepareInput(new TextEncoder().encode('not a zip'), 'broken.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('unreadable-docx');
    expect((error as ImportError).detail.zh).toContain('另存为 .docx');
    expect((error as ImportError).detail.en).toContain('cannot be read');
  });
});

describe('messages about a .docx quote the line they mean', () => {
  it('a warning about a place in the text read from Word quotes that line; one about the whole file does not', async () => {
    const prepared = await prepareInput(await unnumberedHeadingsDocx(), 'harvest.docx');
    expect(prepared.warnings.find((w) => w.rule === 'no-date')!.en).not.toContain('(line');
    const x = { code: 'unmarked-first', line: 3, zh: '编号从 2 开始', en: 'Numbering starts at 2' };
    expect(withQuote(x, 'a\n\n小麦单产创新高', 3)).toMatchObject({ zh: '编号从 2 开始（第 3 行：“小麦单产创新高”）', en: 'Numbering starts at 2 (line 3: "小麦单产创新高")' });
  });
  it('withQuote shortens long lines and leaves a message without a line alone', () => {
    expect(withQuote({ zh: '错', en: 'Bad' }, '甲'.repeat(40), 1).en).toBe(`Bad (line 1: "${'甲'.repeat(30)}…")`);
    expect(withQuote({ zh: '错', en: 'Bad' }, 'x', undefined)).toEqual({ zh: '错', en: 'Bad' });
  });
});

describe('Word automatic numbering', () => {
  it('puts the numbers Word shows back into the text (一、 （1）, bullets left out)', async () => {
    const markers = await listMarkers(await autoNumberedDocx());
    expect(markers.map((m) => `${m.marker}${m.text}`)).toEqual(['一、蔬菜基地扩容', '（1）基地名单已公布', '二、平价菜店进社区']);
    const x = await extractDocx(await autoNumberedDocx());
    expect(x.text).toContain('一、蔬菜基地扩容');
    expect(x.text).toContain('二、平价菜店进社区');
    expect(x.text).toContain('\n每个街道至少一家');
  });
  it('imports the auto-numbered sections with the source label {一}', async () => {
    const prepared = await prepareInput(await autoNumberedDocx(), 'veg.docx');
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['蔬菜基地扩容', '平价菜店进社区']);
    expect(prepared.files[0]!.content).toContain('sectionLabel: "{一}"');
  });
  it.each([
    ['decimal', 12, '12'], ['decimalZero', 7, '07'], ['chineseCounting', 12, '十二'], ['chineseCountingThousand', 3, '三'],
    ['ideographTraditional', 2, '乙'], ['chineseLegalSimplified', 2, undefined], ['decimalFullWidth', 3, '３'], ['upperLetter', 2, 'B'], ['lowerRoman', 4, 'iv'], ['bullet', 1, undefined],
  ])('formatCounter(%s, %i) → %s', (format, n, text) => expect(formatCounter(format, n)).toBe(text));
});
