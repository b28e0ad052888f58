// `npm run import` on .docx and saved pages, as an editor runs it: the whole command in-process
// (runImport: exit code, stdout, stderr; tests/import/cli.test.ts runs the real entry point in a
// child process), real files; the written article passes the content checker (images beside
// index.md resolve).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport as runImportCommand } from '@/cli/run-import';
import { checkContent } from '@/lib/check/check-content';
import { captureIo } from '../support/capture-io';
import { headingStyleDocx } from '../support/docx-fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = join(ROOT, 'tests/fixtures/import/pages');

async function runImport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const code = await runImportCommand(args, {}, io);
  return { code, stdout: io.out, stderr: io.err };
}

let work: string;
beforeEach(() => { work = mkdtempSync(join(tmpdir(), 'import-formats-')); });
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import on other formats', () => {
  it('imports a .docx: the article and its picture beside index.md, and the result checks clean', async () => {
    const docx = join(work, '农村道路.docx');
    writeFileSync(docx, await headingStyleDocx());
    const out = join(work, 'content');
    const r = await runImport(docx, '--out', out, '--id', 'roads');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, 'roads/zh-hans')).sort()).toEqual(['01.md', '02.md', '03.md', 'index.md', 'photo-01.jpg']);
    expect(readFileSync(join(out, 'roads/zh-hans/index.md'), 'utf8')).toContain('image: ./photo-01.jpg');
    expect((await checkContent(out)).errors).toBe(0);
  });

  it('imports a saved WeChat page with the image from its _files folder, and it checks clean', async () => {
    cpSync(PAGES, join(work, 'pages'), { recursive: true });
    const out = join(work, 'content');
    const r = await runImport(join(work, 'pages/wechat-article.html'), '--out', out, '--id', 'wechat');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'wechat/zh-hans/photo-01.jpg'))).toEqual(readFileSync(join(PAGES, 'wechat-article_files/640.jpeg')));
    expect(await checkContent(out)).toMatchObject({ errors: 0, warnings: 0 });
  });

  it.each(['scan.pdf', 'draft.pages'])('refuses %s by name, in both languages, writing nothing', async (name) => {
    const file = join(work, name);
    writeFileSync(file, 'whatever');
    const out = join(work, 'content');
    const r = await runImport(file, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`✖ 错误 error[unsupported-format]  ${file} — 不能导入`);
    expect(r.stderr).toMatch(/ \/ Cannot import .*\.(docx|txt)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
