import { describe, expect, it } from 'vitest';
import { backendFromEnv, buildCmsConfig } from '@/lib/cms/cms-config';

const input = {
  contentDir: 'content',
  locales: ['zh-hans', 'en'],
  defaultLocale: 'zh-hans',
  articles: [{ id: 'a-2024', headline: '标题', highlights: ['01.md', '02.md'] }],
  backend: backendFromEnv({}),
  localPort: 8081,
};

describe('web editor configuration', () => {
  it('maps each article to <folder>/<locale>/<file>: one collection for index.md, one per highlight', () => {
    const config = buildCmsConfig(input) as { i18n: unknown; collections: Record<string, unknown>[] };
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['zh-hans', 'en'], default_locale: 'zh-hans' });
    expect(config.collections.map((c) => [c.name, c.folder, c.filter])).toEqual([
      ['a-2024', 'content/a-2024', { field: 'locale', value: 'zh-hans' }],
      ['a-2024--01', 'content/a-2024', { field: 'number', value: 1 }],
      ['a-2024--02', 'content/a-2024', { field: 'number', value: 2 }],
    ]);
    expect(config.collections.every((c) => c.create === false && c.delete === false)).toBe(true);
  });

  it('keeps bodies raw and timestamps with their offset, with bilingual help on the fields', () => {
    const config = buildCmsConfig(input) as { collections: { fields: Record<string, unknown>[] }[] };
    const index = config.collections[0]!.fields;
    expect(index.find((f) => f.name === 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    const published = index.find((f) => f.name === 'published')!;
    const [pattern] = published.pattern as [string, string];
    expect(new RegExp(pattern).test('2024-02-07T09:36:00+08:00')).toBe(true);
    expect(new RegExp(pattern).test('2024-02-07')).toBe(false);
    const title = config.collections[1]!.fields.find((f) => f.name === 'title')!;
    expect(title.hint).toMatch(/亮点一.*\/.*marker/);
  });

  it('takes the Git backend from the environment (Gitea with its API root and OAuth app)', () => {
    expect(backendFromEnv({ GITHUB_REPOSITORY: 'org/site' })).toMatchObject({ name: 'github', repo: 'org/site', branch: 'main' });
    const gitea = backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'news/site', CMS_BASE_URL: 'https://git.example.org', CMS_API_ROOT: 'https://git.example.org/api/v1', CMS_APP_ID: 'abc' });
    expect(buildCmsConfig({ ...input, backend: gitea }).backend).toMatchObject({
      name: 'gitea', repo: 'news/site', base_url: 'https://git.example.org', api_root: 'https://git.example.org/api/v1', app_id: 'abc',
    });
  });
});
