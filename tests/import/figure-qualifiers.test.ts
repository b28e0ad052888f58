import { describe, expect, it } from 'vitest';
import { findFigures, pickFigures } from '@/lib/import/figures';

describe('the importer drafts each key figure’s qualifier from the text', () => {
  it.each([
    ['累计投入资金约4.3亿元', { qualifier: 'about', value: '4.3', unit: '亿元' }],
    ['发放规定书目7万余册', { qualifier: 'more-than', value: '7万', unit: '册' }],
    ['走访基层单位100余个', { qualifier: 'more-than', value: '100', unit: '个' }],
    ['交流发言2400多人次', { qualifier: 'more-than', value: '2400', unit: '人次' }],
    ['广播栏目覆盖30余万人次', { qualifier: 'more-than', value: '30余万', unit: '人次' }],
    ['建立党支部工作联系点近900个', { qualifier: 'nearly', value: '900', unit: '个' }],
    ['地区生产总值突破1400亿元', { qualifier: 'over', value: '1400', unit: '亿元' }],
    ['參與人數超過2萬人', { qualifier: 'more-than', value: '2萬', unit: '人' }],
    ['江津班列开行1207列', { value: '1207', unit: '列' }],
  ])('%s', (text, expected) => {
    const [figure] = findFigures(text);
    expect(figure).toMatchObject(expected);
    if (!('qualifier' in expected)) expect(figure).not.toHaveProperty('qualifier');
  });

  it('writes the qualifier first, as an editor reads it (约 4.3 亿元)', () => {
    expect(Object.keys(findFigures('累计投入资金约4.3亿元')[0]!)).toEqual(['qualifier', 'value', 'unit', 'label']);
  });

  it('keeps the approximation when ranking the three largest', () => {
    const text = '处级以上领导班子累计查摆问题518条,基层党组织整改问题5925个,累计投入资金约4.3亿元;满意度达100%。';
    expect(pickFigures(text).map((f) => [f.qualifier, f.value])).toEqual([[undefined, '518'], [undefined, '5925'], ['about', '4.3']]);
  });
});
