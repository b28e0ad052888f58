// The web editor's config as YAML (/admin/config.yml), kept between builds (issue 12). Writing
// it — shareEqualSubtrees, then `yaml`'s stringify with aliases — took 1.7 s of a warm build at
// 1,000 articles (0.4 s at 100), and it changes only when an article folder, a headline or a
// highlight file name changes, not when a text does. The YAML is a pure function of the config
// object, this file, shared-subtrees.ts and the `yaml` package, so a hash of those names it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shareEqualSubtrees } from './shared-subtrees';
import { templatedYaml } from './templated-yaml';

/** Files whose code decides the YAML of a config: a change to any of them writes it anew. */
export const CMS_YAML_SOURCES = ['src/lib/cms/cms-config-yaml.ts', 'src/lib/cms/shared-subtrees.ts', 'src/lib/cms/templated-yaml.ts', 'node_modules/yaml/package.json'];

/**
 * The config as Decap reads it: the same field lists in every collection written once and
 * aliased (Decap reads YAML aliases). The bytes of `yaml`'s stringify, written by collection
 * shape (templated-yaml.ts).
 * @example cmsConfigYaml({ a: [fields], b: [fields] }) // 'a: &a1\n  …\nb: *a1\n'
 */
export function cmsConfigYaml(config: Record<string, unknown>): string {
  return templatedYaml(shareEqualSubtrees(config));
}

/**
 * `cmsConfigYaml(config)`, from the cache of the last build when the config and the code are
 * the same. One entry is kept (the site's one config); a missing, torn or foreign cache file is
 * a miss, and a cache folder that cannot be written costs the next build time, never a wrong file.
 */
export function cachedCmsConfigYaml(
  config: Record<string, unknown>,
  dir = join(process.env.CACHE_DIR || join(process.cwd(), 'node_modules/.astro'), 'cms-config'),
  root = process.cwd(),
): string {
  const hash = createHash('sha256');
  for (const file of CMS_YAML_SOURCES) {
    const path = join(root, file);
    hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : 'missing').update('\0');
  }
  const key = hash.update(JSON.stringify(config)).digest('hex');
  const file = join(dir, 'config.json');
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; yaml?: unknown };
    if (stored.key === key && typeof stored.yaml === 'string') return stored.yaml;
  } catch { /* no cache yet, or a torn file: written below */ }
  const yaml = cmsConfigYaml(config);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, JSON.stringify({ key, yaml }));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
  return yaml;
}
