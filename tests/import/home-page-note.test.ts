import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { homePageNote, readRootArticle } from '@/lib/import/home-page-note';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('what the importer says about the home page', () => {
  it('reads rootArticle from <content>/site.json, and nothing from a missing or broken file', () => {
    dir = mkdtempSync(join(tmpdir(), 'home-'));
    expect(readRootArticle(dir)).toBeUndefined();
    writeFileSync(join(dir, 'site.json'), '{"rootArticle": "old"}');
    expect(readRootArticle(dir)).toBe('old');
    writeFileSync(join(dir, 'site.json'), '{oops');
    expect(readRootArticle(dir)).toBeUndefined();
  });

  it('says the home page stays and how to change it, when site.json names another article', () => {
    const note = homePageNote('content', '2026-10-15-yongchuan', 'jiangjin');
    expect(note).toContain('首页不变：仍是 jiangjin');
    expect(note).toContain('set rootArticle to "2026-10-15-yongchuan"');
  });

  it('says that the newest article is shown when nothing is pinned, and how to pin it', () => {
    expect(homePageNote('content', 'x', undefined)).toMatch(/没有指定 rootArticle.*most recently published.*"rootArticle": "x"/s);
  });
});
