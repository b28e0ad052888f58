import { describe, expect, it } from 'vitest';
import { checkTemplate, choosePluralForm, fillTemplate } from '@/i18n/compile-dictionary';

describe('fillTemplate', () => {
  it.each([
    ['来源：{source}', { source: '江津融媒体中心' }, '来源：江津融媒体中心'],
    ['{a}{b}{a}', { a: '1', b: '2' }, '121'],
    ['No placeholder', { a: '1' }, 'No placeholder'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{n}: {title}', { n: '亮点十一', title: '标题' }, '亮点十一: 标题'],
  ])('fillTemplate(%j, %j) = %j', (template, values, out) => expect(fillTemplate(template, values)).toBe(out));
});

describe('choosePluralForm', () => {
  const en = { one: 'a photo', other: '{count} photos' };
  it.each([
    [en, 1, 'en', 'a photo'],
    [en, 0, 'en', '{count} photos'],
    [en, 2, 'en', '{count} photos'],
    [{ '=2': 'both photos', ...en }, 2, 'en', 'both photos'],
    [{ other: '{count} 张图片' }, 1, 'zh-Hans', '{count} 张图片'],
    [{ one: 'une photo', other: '{count} photos' }, 0, 'fr', 'une photo'],
  ])('choosePluralForm(%j, %i, %s) = %j', (forms, count, locale, out) => expect(choosePluralForm(forms, count, locale)).toBe(out));
});

describe('checkTemplate (whether a template is refused; the wording belongs to the message catalogue)', () => {
  it.each([
    ['来源：{source}', ['source'], false, false],
    ['来源：{sorce}', ['source'], false, true],
    ['来源', ['source'], false, true],
    ['来源', ['source'], true, false],
    ['{source} {extra}', ['source'], true, true],
    ['来源：{source', ['source'], false, true],
    ['a } b', [], false, true],
    ['plain', [], false, false],
    ['{x}', [], false, true],
  ] as const)('checkTemplate(%j, %j, optional %s) refused: %s', (template, names, optional, refused) => {
    expect(checkTemplate(template, names, optional) !== undefined).toBe(refused);
  });
});
