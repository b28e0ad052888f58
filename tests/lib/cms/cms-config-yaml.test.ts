import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CMS_YAML_SOURCES, cachedCmsConfigYaml, cmsConfigYaml } from '@/lib/cms/cms-config-yaml';
import { shareEqualSubtrees } from '@/lib/cms/shared-subtrees';
import { ROOT } from '../../support';

const fields = () => [{ name: 'title', label: '标题 / Title', widget: 'string', hint: '照原文标题填写 / As printed' }];
const configOf = (names: string[]) => ({ collections: names.map((name) => ({ name, label: `${name} 标题`, fields: fields() })) });

describe('cmsConfigYaml', () => {
  it('writes the shared field list once, and reads back as the config', () => {
    const config = configOf(['a', 'b', 'c']);
    const yaml = cmsConfigYaml(config);
    expect(yaml).toBe(stringify(shareEqualSubtrees(config)));
    expect(yaml.match(/标题 \/ Title/g)).toHaveLength(1);
    expect(parse(yaml, { maxAliasCount: -1 })).toEqual(config);
  });
});

describe('cachedCmsConfigYaml', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the YAML of the config, from the cache when the config is the same', () => {
    dir = mkdtempSync(join(tmpdir(), 'cms-yaml-'));
    const config = configOf(['a', 'b']);
    expect(cachedCmsConfigYaml(config, dir, ROOT)).toBe(cmsConfigYaml(config));
    // A hit returns what was stored, without writing the YAML again: tamper with the stored text to see it.
    const file = join(dir, 'config.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; yaml: string };
    writeFileSync(file, JSON.stringify({ ...stored, yaml: 'from the cache\n' }));
    expect(cachedCmsConfigYaml(config, dir, ROOT)).toBe('from the cache\n');
  });

  it('writes it anew when a headline changes, and keeps only the newest', () => {
    dir = mkdtempSync(join(tmpdir(), 'cms-yaml-'));
    cachedCmsConfigYaml(configOf(['a', 'b']), dir, ROOT);
    const changed = { collections: [...configOf(['a']).collections, { name: 'b', label: '新标题', fields: fields() }] };
    expect(cachedCmsConfigYaml(changed, dir, ROOT)).toBe(cmsConfigYaml(changed));
    expect(cachedCmsConfigYaml(changed, dir, ROOT)).toContain('新标题');
  });

  it('writes it anew when the code that writes it changes', () => {
    dir = mkdtempSync(join(tmpdir(), 'cms-yaml-'));
    const root = mkdtempSync(join(tmpdir(), 'cms-yaml-root-'));
    try {
      const config = configOf(['a']);
      cachedCmsConfigYaml(config, dir, root);
      const file = join(dir, 'config.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), yaml: 'stale\n' }));
      expect(cachedCmsConfigYaml(config, dir, root)).toBe('stale\n');
      writeFileSync(join(root, 'package.json'), '{}'); // not a source: still a hit
      expect(cachedCmsConfigYaml(config, dir, root)).toBe('stale\n');
      expect(CMS_YAML_SOURCES).toContain('src/lib/cms/shared-subtrees.ts');
      // A source changing (an edit of shared-subtrees.ts, an upgrade of yaml) is another key.
      mkdirSync(join(root, 'src/lib/cms'), { recursive: true });
      writeFileSync(join(root, 'src/lib/cms/shared-subtrees.ts'), '// edited');
      expect(cachedCmsConfigYaml(config, dir, root)).toBe(cmsConfigYaml(config));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('treats a torn cache file as a miss', () => {
    dir = mkdtempSync(join(tmpdir(), 'cms-yaml-'));
    writeFileSync(join(dir, 'config.json'), '{"key": "abc", "ya');
    const config = configOf(['a']);
    expect(cachedCmsConfigYaml(config, dir, ROOT)).toBe(cmsConfigYaml(config));
  });
});
