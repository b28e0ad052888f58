import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { shareEqualSubtrees } from '@/lib/cms/shared-subtrees';

const fields = () => [
  { name: 'title', label: '标题 / Title', widget: 'string', hint: '照原文标题填写 / As printed' },
  { name: 'body', label: '正文 / Body', widget: 'markdown', modes: ['raw'] },
];

describe('shareEqualSubtrees', () => {
  it('makes equal objects and arrays one instance, so YAML writes the repeated block once', () => {
    const config = { collections: [{ name: 'a', fields: fields() }, { name: 'b', fields: fields() }, { name: 'c', fields: fields() }] };
    const shared = shareEqualSubtrees(config);
    expect(shared.collections[1]!.fields).toBe(shared.collections[0]!.fields);
    expect(shared.collections[2]!.fields).toBe(shared.collections[0]!.fields);
    const yaml = stringify(shared);
    expect(yaml.match(/标题 \/ Title/g)).toHaveLength(1);
    expect(yaml.length).toBeLessThan(stringify(config).length * 0.6);
    // Reading it back gives the same data as the config written out in full.
    expect(parse(yaml, { maxAliasCount: -1 })).toEqual(config);
  });

  it('keeps unequal and small subtrees apart, and leaves the input untouched', () => {
    const config = { a: { field: 'locale', value: 'zh-hans' }, b: { field: 'locale', value: 'zh-hans' }, c: fields(), d: [...fields().slice(0, 1)] };
    const shared = shareEqualSubtrees(config);
    expect(shared.a).not.toBe(shared.b);
    expect(shared.c).not.toBe(shared.d);
    expect(shared.d[0]).toBe(shared.c[0]);
    expect(shared).toEqual(config);
    expect(config.d[0]).not.toBe(config.c[0]);
  });

  it('treats key order as part of equality and drops undefined values as JSON does', () => {
    const shared = shareEqualSubtrees({ x: { a: 'long enough value to be shared', b: 'another value, long enough too' }, y: { b: 'another value, long enough too', a: 'long enough value to be shared' }, z: { a: 'long enough value to be shared', b: 'another value, long enough too', c: undefined } });
    expect(shared.x).not.toBe(shared.y);
    expect(shared.z).toBe(shared.x);
  });
});

describe('shareEqualSubtrees on repeated instances', () => {
  it('shares a repeated large instance, and copies a repeated small one at each place', () => {
    const list = fields();
    const small = { preview: false };
    const config = { a: { name: 'a', fields: list, editor: small }, b: { name: 'b', fields: list, editor: small }, c: { name: 'c', fields: fields(), editor: { preview: false } } };
    const shared = shareEqualSubtrees(config);
    expect(shared.b.fields).toBe(shared.a.fields);
    expect(shared.c.fields).toBe(shared.a.fields);
    expect(shared.a.fields).not.toBe(list);
    expect(shared.b.editor).not.toBe(shared.a.editor);
    expect(stringify(shared)).toBe(stringify(shareEqualSubtrees(JSON.parse(JSON.stringify(config)))));
    expect(stringify(shared)).not.toContain('*a2');
  });
});
