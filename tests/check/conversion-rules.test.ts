import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import { findRiskyConversions } from '@/lib/check/conversion-rules';
import { makeConverter } from '@/lib/zh/derived-locale';
import { SITE } from '@/site.config';

const tw = makeConverter({ from: 'cn', to: 'tw' });
const hk = makeConverter({ from: 'cn', to: 'hk' });

describe('the conversion report lists risky Simplified → Traditional conversions with context', () => {
  it.each([
    ['他理了头发', '发', '髮'],
    ['买了一块手表', '表', '錶'],
    ['衣服晒干了', '干', '乾'],
    ['吃一碗面条', '面', '麵'],
    ['制造业发展', '制', '製'],
    ['一只小狗', '只', '隻'],
    ['两国关系', '系', '係'],
    ['台风来了', '台', '颱'],
    ['七星岩', '岩', '巖'],
    ['余下的钱', '余', '餘'],
    ['日历上', '历', '曆'],
  ])('%s: %s → %s', (text, from, to) => {
    const found = findRiskyConversions(text, tw);
    expect(found).toContainEqual(expect.objectContaining({ from, to }));
    expect(found.find((c) => c.from === from)!.after).toContain(to);
  });

  it('gives the context before and after conversion', () => {
    expect(findRiskyConversions('今天他去理发了', tw)).toEqual([{ from: '发', to: '髮', before: '天他去理发了', after: '天他去理髮了' }]);
  });

  it('stays quiet where a phrase fix applies or an editor has confirmed the word', () => {
    expect(findRiskyConversions('对标对表,以学促干等方面,红岩党员', tw)).toEqual([]);
    expect(findRiskyConversions('党员干部联系群众,1200余个,7万余册', tw)).toEqual([]);
  });

  it('reports per target: 里 → 裏 in Hong Kong is not the reviewed Taiwan 裡', () => {
    expect(findRiskyConversions('往深里走', tw)).toEqual([]);
    expect(findRiskyConversions('往深里走', hk)).toEqual([{ from: '里', to: '裏', before: '往深里走', after: '往深裏走' }]);
  });

  it('hands OpenCC only lines holding a character RISKY_CONVERSIONS lists', () => {
    const seen: string[] = [];
    const counting = (text: string) => { seen.push(text); return tw(text); };
    expect(findRiskyConversions('number: 3', counting)).toEqual([]);
    expect(findRiskyConversions('对标学习、以学促进', counting)).toEqual([]);
    expect(findRiskyConversions('他理了头发', counting)).toHaveLength(1);
    expect(seen).toEqual(['他理了头发']);
  });

  it('counts astral characters as one character in the context', () => {
    expect(findRiskyConversions('𠮷野家的头发', tw)).toEqual([{ from: '发', to: '髮', before: '野家的头发', after: '野家的頭髮' }]);
    expect(findRiskyConversions('🙂头发', tw)).toEqual([{ from: '发', to: '髮', before: '🙂头发', after: '🙂頭髮' }]);
  });

  it('compares clause by clause when a conversion changes the length of the line', () => {
    // Taiwan's word for a USB stick is longer than the mainland's: U盘 (2 characters) becomes 隨身碟 (3).
    const lengthening = (text: string) => tw(text).replace('U盤', '隨身碟');
    expect(findRiskyConversions('插上U盘，他理了头发', lengthening)).toEqual([{ from: '发', to: '髮', before: '他理了头发', after: '他理了頭髮' }]);
    expect(findRiskyConversions('插上U盘他理了头发', lengthening)).toEqual([]);
  });

  it('leaves every conversion of the real content fixed or confirmed (npm run check shows none)', async () => {
    const result = await checkContent('content', SITE);
    expect(result.problems.filter((p) => p.rule === 'conversion-review')).toEqual([]);
    expect(result.files).toBeGreaterThan(20);
  });

  it('names file, line and both ways to act in the message', async () => {
    const result = await checkContent('tests/fixtures/parity', SITE);
    const report = result.problems.filter((p) => p.rule === 'conversion-review');
    expect(report).toContainEqual(expect.objectContaining({
      severity: 'warning', file: 'report/zh-hans/03.md', field: 'zh-hant',
      zh: expect.stringContaining('PHRASE_FIXES'), en: expect.stringContaining('REVIEWED_CONVERSIONS'),
    }));
    expect(report.find((p) => p.en.includes('“发”'))!.line).toBe(10);
  });
});
