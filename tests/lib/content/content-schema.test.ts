import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { highlightSchema, makeArticleSchema } from '@/lib/content/content-schema';

const article = makeArticleSchema(z.string());
const validArticle = {
  locale: 'zh-hans', headline: '标题', source: '江津融媒体中心', published: '2024-02-07T09:36:00+08:00',
};

describe('article schema', () => {
  it('accepts a minimal article and parses the timestamp to the right instant', () => {
    const parsed = article.parse(validArticle);
    expect(parsed.published.toISOString()).toBe('2024-02-07T01:36:00.000Z');
    expect(parsed.photos).toEqual([]);
  });
  it.each([
    ['a date without time', '2024-02-07'],
    ['a time without offset', '2024-02-07T09:36:00'],
    ['a space instead of T', '2024-02-07 09:36'],
  ])('rejects %s', (_name, published) => {
    expect(article.safeParse({ ...validArticle, published }).success).toBe(false);
  });
  it.each(['headline', 'source', 'published', 'locale'])('requires %s', (field) => {
    const { [field]: _, ...rest } = validArticle as Record<string, unknown>;
    const result = article.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
  it('rejects unknown keys so a misspelt field is not ignored', () => {
    expect(article.safeParse({ ...validArticle, headlin: 'x' }).success).toBe(false);
  });
  it('requires alt text on a photo that has an image', () => {
    const photo = { caption: '说明', credit: '供图', image: './a.jpg' };
    const result = article.safeParse({ ...validArticle, photos: [photo] });
    expect(result.error?.issues[0]?.path).toEqual(['photos', 0, 'alt']);
    expect(article.safeParse({ ...validArticle, photos: [{ ...photo, alt: '图' }] }).success).toBe(true);
  });
  it('accepts a caption and credit without an image file', () => {
    expect(article.safeParse({ ...validArticle, photos: [{ caption: '说明', credit: '记者 袁孝椿 摄' }] }).success).toBe(true);
  });
  it('restricts credit kinds to the known roles', () => {
    const credit = { role: '编辑', name: '蒲泽熙', kind: 'boss' };
    expect(article.safeParse({ ...validArticle, credits: [credit] }).success).toBe(false);
  });
});

describe('highlight schema', () => {
  it.each([
    [{ number: 1, title: 't' }, true],
    [{ number: 0, title: 't' }, false],
    [{ number: 1.5, title: 't' }, false],
    [{ number: '1', title: 't' }, false],
    [{ number: 1, title: '' }, false],
    [{ number: 1 }, false],
  ])('%j valid: %s', (data, valid) => {
    expect(highlightSchema.safeParse(data).success).toBe(valid);
  });
  it('keeps figure values as written, numbers included', () => {
    const parsed = highlightSchema.parse({ number: 1, title: 't', figures: [{ value: 4523, unit: '场次', label: '宣讲' }, { value: '7万余', label: '册' }] });
    expect(parsed.figures.map((f) => f.value)).toEqual(['4523', '7万余']);
    expect(parsed.figures[1]?.unit).toBe('');
  });
});
