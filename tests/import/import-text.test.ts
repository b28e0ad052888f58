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
});
