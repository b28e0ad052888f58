// The seam for Word and HTML adapters: plain text plus heading evidence in, files and warnings out.
import { describe, expect, it } from 'vitest';
import { importText } from '@/lib/import/prepare-import';

const ARTICLE = ['某区十件实事全部完成', '来源：某区融媒体中心 2024-02-07 09:36', '今年以来，全区推进十件实事。', '一、小标题甲', '甲节正文。', '二、小标题乙', '乙节正文。'].join('\n');

describe('importText', () => {
  it('turns text into index.md and one file per section, with a list of warnings', () => {
    const result = importText({ text: ARTICLE, id: 'x-1' });
    expect(result.files.map((f) => f.name)).toEqual(['index.md', '01.md', '02.md']);
    expect(result.files[1]!.content).toContain('title: 小标题甲');
    expect(result.files[2]!.content).toContain('乙节正文。');
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(result.id).toBe('x-1');
  });

  it('lines the source styled as headings are strong evidence: numbered ones win, unnumbered ones become sections', () => {
    const numbered = importText({ text: ['标题', '来源：某报 2024-02-07 09:36', '导语。', '1. 甲', '甲文。一是快，二是好。', '2. 乙', '乙文。'].join('\n'), headingLines: [4, 6] });
    expect(numbered.article.highlights.map((h) => h.title)).toEqual(['甲', '乙']);
    const unnumbered = importText({ text: ['标题', '来源：某报 2024-02-07 09:36', '导语。', '交通更顺畅', '一是新开公交线路。二是改造路口。', '教育更均衡', '新增学位5400个。', '医疗更便捷', '新增床位600张。'].join('\n'), headingLines: [4, 6, 8] });
    expect(unnumbered.article.highlights.map((h) => h.title)).toEqual(['交通更顺畅', '教育更均衡', '医疗更便捷']);
    expect(unnumbered.article.highlights[0]!.body).toBe('一是新开公交线路。二是改造路口。');
    expect(unnumbered.article.sectionLabel).toBeUndefined();
  });

  it('metadata given by the editor wins; an unreadable --date is a warning, not a silent miss', () => {
    const given = importText({ text: ARTICLE, headline: '另一个标题', published: '2024-03-01 08:00', source: '某报' });
    expect(given.article).toMatchObject({ headline: '另一个标题', published: '2024-03-01T08:00:00+08:00', source: '某报' });
    const bad = importText({ text: ARTICLE, published: 'tomorrow' });
    expect(bad.article.published).toBe('2024-02-07T09:36:00+08:00');
    expect(bad.warnings.find((w) => w.rule === 'bad-date-option')?.en).toContain('--date "tomorrow" is not a readable date');
  });
});
