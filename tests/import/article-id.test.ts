import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, articleIdFor } from '@/lib/import/article-id';
import { ARTICLE_ID } from '@/lib/content/content-path';

const PUBLISHED = '2024-02-07T09:36:00+08:00';

describe('default article id', () => {
  it('spells a Chinese headline in pinyin, word by word', () => {
    expect(articleIdFor(PUBLISHED, '江津区主题教育 呈现十大亮点')).toBe('2024-02-07-jiangjin-qu-zhuti-jiaoyu');
  });

  it('gives a Traditional headline the same id as its Simplified form', () => {
    expect(articleIdFor(PUBLISHED, '江津區主題教育 呈現十大亮點')).toBe(articleIdFor(PUBLISHED, '江津区主题教育 呈现十大亮点'));
  });

  it('reads polyphonic characters in context (参加 → canjia, 行长 → hangzhang, 重庆 → chongqing)', () => {
    expect(articleIdFor(PUBLISHED, '重庆行长参加')).toBe('2024-02-07-chongqing-hangzhang-canjia');
  });

  it('uses the first words of an English headline, accents dropped', () => {
    expect(articleIdFor(PUBLISHED, 'Jiangjin Delivers Three Highlights in Theme Education')).toBe('2024-02-07-jiangjin-delivers-three');
    expect(articleIdFor(PUBLISHED, 'Café Crème à Chongqing')).toBe('2024-02-07-cafe-creme-a-chongqing');
  });

  it('is stable, ASCII and capped at whole words', () => {
    const headlines = ['江津区主题教育 呈现十大亮点', '“千场微宣讲”让党的创新理论“飞入寻常百姓家”', '永川：2.93万人参加秋收', 'Ｆｕｌｌ-width ＡＢＣ 123'];
    for (const headline of headlines) {
      const id = articleIdFor(PUBLISHED, headline);
      expect(id).toBe(articleIdFor(PUBLISHED, headline));
      expect(id).toMatch(ARTICLE_ID);
      expect(id.length).toBeLessThanOrEqual('2024-02-07-'.length + MAX_SLUG_LENGTH);
    }
    expect(articleIdFor(PUBLISHED, 'Supercalifragilisticexpialidociousnessandmore words')).toBe(`2024-02-07-${'supercalifragilisticexpialidociousnessandmore'.slice(0, MAX_SLUG_LENGTH)}`);
  });

  it('falls back to a stable hash when nothing in the headline can be spelt', () => {
    const id = articleIdFor(PUBLISHED, '“……”！');
    expect(id).toMatch(/^2024-02-07-[0-9a-f]{6}$/);
    expect(articleIdFor(PUBLISHED, '“……”！')).toBe(id);
  });
});
