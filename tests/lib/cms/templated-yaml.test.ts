import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { templatedYaml } from '@/lib/cms/templated-yaml';
import { backendFromEnv, buildCmsConfig } from '@/lib/cms/cms-config';
import { shareEqualSubtrees } from '@/lib/cms/shared-subtrees';

/** Headlines that YAML quotes, folds, escapes or would read as another type. */
const HEADLINES = [
  '江津区主题教育 呈现十大亮点', '“关键少数”: 以上率下', '#1 headline', '- dash', 'true', 'null', '2024', '1e3', '0x1F', '',
  ' leading space', 'trailing space ', "it's", '"quoted"', 'a: b', 'key #comment', '*star', '&amp', '!bang', '%pct', '@at', '`tick',
  'two\nlines', 'ends with newline\n', 'blank lines kept\n\n', 'tab\there', '---', '...', '? q', '[flow]', '{flow}', '|pipe', '>fold',
  '一'.repeat(120), `${'word '.repeat(40)}end`, `${'x'.repeat(200)} y`, 'yaml-slot-3', '\u0007bell', 'émoji 😀 ok',
];

const configOf = (headlines: readonly string[], highlights: (i: number) => string[]) => buildCmsConfig({
  contentDir: './content/', locales: ['zh-hans', 'en'], defaultLocale: 'zh-hans', backend: backendFromEnv({}), localPort: 8081,
  articles: headlines.map((headline, i) => ({ id: `article-${i}`, headline, highlights: highlights(i) })),
});

describe('templatedYaml writes the bytes yaml writes', () => {
  it.each([
    ['the web editor config, headlines of every kind', configOf(HEADLINES, (i) => Array.from({ length: i % 4 }, (_, k) => `${String(k + 1).padStart(2, '0')}.md`))],
    ['articles without highlights', configOf(HEADLINES.slice(0, 5), () => [])],
    ['highlight 100', configOf(['a', 'b', 'c'], () => ['01.md', '100.md'])],
  ])('%s', (_, config) => {
    const shared = shareEqualSubtrees(config);
    const yaml = templatedYaml(shared);
    expect(yaml).toBe(stringify(shared));
    expect(parse(yaml, { maxAliasCount: -1 })).toEqual(config);
  });

  it('the same for collections of other shapes, values and repeated instances', () => {
    const big = { widget: 'list', fields: [{ name: 'a', label: 'A long enough label to be worth an alias' }] };
    const other = ['x', 'y', 'z', 'a list long enough to be aliased by yaml as well'];
    const collections = [
      { name: 'one', fields: big, n: 1 }, 'a string', { name: 'two', fields: big, n: 2 }, big,
      { name: 'three', fields: big, n: 3, nested: { deep: { value: 'x', list: other } } }, { name: 'four', fields: big, n: 4, list: other },
      { name: 'five', fields: big, n: '4' }, { name: 'six', fields: big, n: null, flag: false }, { name: 'seven', fields: other, n: 4.5 },
      { name: 'eight', fields: big, n: 5, empty: {} }, { name: 'nine', fields: big, n: 6, arr: [] }, { name: 'ten', fields: big, n: 7 },
      { name: 'yaml-slot-1', fields: big, n: 9 }, { name: 'eleven', fields: other, n: 7 }, { name: 'twelve', nested: { fields: big, n: 8 } },
    ];
    // Text that looks like a slot (a key, a collection): yaml writes it all.
    const slotLike = [[...collections, { name: 'thirteen', fields: big, 'yaml-slot-2': 3 }], [...collections, 'yaml-slot-3']];
    for (const config of [{ before: other, collections, after: big }, { collections }, ...slotLike.map((c) => ({ collections: c })), { collections: [] }, { collections: 'none' }, {}]) {
      expect(templatedYaml(config)).toBe(stringify(config));
    }
  });
});
