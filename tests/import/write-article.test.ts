// `npm run import -- --force` replaces only what the importer owns, and a run killed between the
// two renames of its swap is repaired by the next run (and reported by `npm run check` meanwhile).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import { isImporterFile, writeArticle } from '@/lib/import/write-article';

const PNG = readFileSync(join(import.meta.dirname, '../fixtures/bad-input/image-without-alt/report/zh-hans/wutan.png'));
const files = (title: string, count: number) => [
  { name: 'index.md', content: `---\nlocale: zh-hans\nheadline: ${title}\nsource: 来源\npublished: 2024-02-07T09:36:00+08:00\n---\n\n导语。\n` },
  ...Array.from({ length: count }, (_, i) => ({
    name: `${String(i + 1).padStart(2, '0')}.md`, content: `---\nnumber: ${i + 1}\ntitle: ${title}${i + 1}\n---\n\n正文。\n`,
  })),
];
const options = (outDir: string) => ({ outDir, id: 'jj', locale: 'zh-hans', force: true });

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('writeArticle --force', () => {
  it('keeps images, notes and sub-folders next to index.md, and drops highlights the new import no longer has', async () => {
    work = mkdtempSync(join(tmpdir(), 'import-keep-'));
    await writeArticle(files('旧', 3), { ...options(work), force: false });
    const dir = join(work, 'jj/zh-hans');
    writeFileSync(join(dir, 'wutan.png'), PNG);
    writeFileSync(join(dir, 'notes.txt'), '编辑备注');
    mkdirSync(join(dir, 'raw'));
    writeFileSync(join(dir, 'raw/original.jpg'), 'x');
    const result = await writeArticle(files('新', 2), options(work));
    expect(result.replaced).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['01.md', '02.md', 'index.md', 'notes.txt', 'raw', 'wutan.png']);
    expect(readFileSync(join(dir, 'wutan.png')).equals(PNG)).toBe(true);
    expect(readFileSync(join(dir, 'raw/original.jpg'), 'utf8')).toBe('x');
    expect(readFileSync(join(dir, 'index.md'), 'utf8')).toContain('headline: 新');
    expect(readdirSync(join(work, 'jj')).sort()).toEqual(['zh-hans']);
  });

  it('owns exactly index.md and NN.md', () => {
    expect(['index.md', '01.md', '12.md'].every(isImporterFile)).toBe(true);
    expect(['wutan.png', 'notes.md', 'Index.md', '01.md.txt'].some(isImporterFile)).toBe(false);
  });

  it('after a kill between the two renames: check reports it, the next import restores and completes', async () => {
    work = mkdtempSync(join(tmpdir(), 'import-recover-'));
    await writeArticle(files('旧', 2), { ...options(work), force: false });
    const dir = join(work, 'jj/zh-hans');
    writeFileSync(join(dir, 'wutan.png'), PNG);
    // The state a SIGKILL right after `rename(zh-hans, .import-zh-hans-XXXX.old)` leaves.
    renameSync(dir, join(work, 'jj/.import-zh-hans-AbC123.old'));
    mkdirSync(join(work, 'jj/.import-zh-hans-AbC123'));
    const report = await checkContent(work);
    expect(report.problems.map((p) => `${p.file} ${p.rule}`).sort()).toEqual([
      'jj/ missing-default-locale', 'jj/.import-zh-hans-AbC123.old/ import-leftover', 'jj/.import-zh-hans-AbC123/ import-leftover',
    ]);
    expect(report.errors).toBe(3);
    await writeArticle(files('新', 2), options(work));
    expect(readdirSync(join(work, 'jj'))).toEqual(['zh-hans']);
    expect(readFileSync(join(dir, 'wutan.png')).equals(PNG)).toBe(true);
    expect(readFileSync(join(dir, '01.md'), 'utf8')).toContain('title: 新1');
    expect(existsSync(join(dir, '03.md'))).toBe(false);
    expect((await checkContent(work)).errors).toBe(0);
  });
});
