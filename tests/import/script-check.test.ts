import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { looksTraditional } from '@/lib/import/script-check';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('the importer tells Traditional from Simplified sources', () => {
  it.each([
    ['北碚區推進鄉村振興 呈現六大看點。今年以來，北碚區堅持農業農村優先發展，取得明顯成效。', true],
    ['江津区主题教育 呈现十大亮点。自主题教育开展以来,在党中央和市委的坚强领导下。', false],
    ['Jiangjin District delivers ten highlights.', false],
  ])('%s → Traditional: %s', (text, traditional) => expect(looksTraditional(text, toSimplified)).toBe(traditional));
});
