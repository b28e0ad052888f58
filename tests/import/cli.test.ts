// The importer end to end, as an editor runs it: real files, exit codes, the printed output.
// Most cases call runImport in-process (the whole command, same streams and exit code); three
// run the real entry point in a child process, as npm does: a clean import, a failing one (exit
// 1, no stack trace) and the flags npm swallowed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport as runImportCommand } from '@/cli/run-import';
import { prepareImport } from '@/lib/import/prepare-import';
import { captureIo } from '../support/capture-io';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const SEED = join(ROOT, 'tests/fixtures/source/jiangjin-2024-02-07.txt');
const ERRORS = join(ROOT, 'tests/fixtures/import/errors');

interface Run { code: number; stdout: string; stderr: string }

/** Runs `npm run import -- …` the way npm does: tsx on src/cli/import.ts, with the Node running vitest. */
function spawnImport(...args: string[]): Run {
  const r = spawnSync(process.execPath, [TSX, 'src/cli/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in-process: its exit code and what it wrote to stdout and stderr. */
async function runImport(...args: string[]): Promise<Run> {
  const io = captureIo();
  const code = await runImportCommand(args, {}, io);
  return { code, stdout: io.out, stderr: io.err };
}

/** Every file under a folder (dot-files included) with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

let work: string;
let out: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'import-cli-'));
  out = join(work, 'content');
  // An existing content folder with another article, which no failing run may touch.
  cpSync(join(ROOT, 'content/jiangjin-theme-education-2024'), join(out, 'jiangjin-theme-education-2024'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import', () => {
  it('imports the seed: exit 0, prints what it wrote, writes index.md and 10 highlights', () => {
    const r = spawnImport(SEED, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The default id spells the headline in pinyin (江津区主题教育 → jiangjin-qu-zhuti-jiaoyu).
    const id = '2024-02-07-jiangjin-qu-zhuti-jiaoyu';
    expect(r.stdout).toContain(`content/${id}/zh-hans`);
    expect(r.stdout).toContain('江津区主题教育 呈现十大亮点 · 江津融媒体中心 · 2024-02-07T09:36:00+08:00');
    expect(r.stdout).toMatch(/10\.md\s+亮点十[:：]\s+固化经验做法/);
    expect(readdirSync(join(out, id!, 'zh-hans')).sort()).toEqual(['01.md', '02.md', '03.md', '04.md', '05.md', '06.md', '07.md', '08.md', '09.md', '10.md', 'index.md']);
    // No temporary folder is left behind.
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('never changes the home page: site.json keeps its rootArticle, and the output says how to change it', async () => {
    const settings = join(out, 'site.json');
    writeFileSync(settings, '{ "rootArticle": "jiangjin-theme-education-2024" }\n');
    const r = await runImport(SEED, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(settings, 'utf8')).toBe('{ "rootArticle": "jiangjin-theme-education-2024" }\n');
    expect(r.stdout).toContain('Home page unchanged: still jiangjin-theme-education-2024');
    expect(r.stdout).toContain('set rootArticle to "2024-02-07-jiangjin-qu-zhuti-jiaoyu"');
  });

  it('imports a GB18030 file with CRLF line ends to the same files as the UTF-8 original', async () => {
    const gb = join(work, 'gb.txt');
    writeFileSync(gb, iconv.encode(readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'), 'gb18030'));
    const r = await runImport(gb, '--out', join(work, 'b'), '--id', 'seed');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(gb18030)');
    const fromUtf8 = prepareImport(readFileSync(SEED), SEED, { id: 'seed' }).files;
    for (const file of fromUtf8) expect(readFileSync(join(work, 'b', 'seed', 'zh-hans', file.name), 'utf8')).toBe(file.content);
    expect(readdirSync(join(work, 'b', 'seed', 'zh-hans'))).toHaveLength(fromUtf8.length);
  });

  it('refuses an existing id without --force: exit 1, a message saying how to fix it, files untouched', async () => {
    const before = snapshot(out);
    const r = await runImport(SEED, '--out', out, '--id', 'jiangjin-theme-education-2024');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[id-exists]');
    expect(r.stderr).toContain('--force');
    expect(snapshot(out)).toEqual(before);
  });

  it('with --force replaces only the zh-hans files of the article, keeping other locales', async () => {
    const article = join(out, 'jiangjin-theme-education-2024');
    writeFileSync(join(article, 'zh-hans', '11.md'), 'stale highlight');
    mkdirSync(join(article, 'en'), { recursive: true });
    writeFileSync(join(article, 'en', 'index.md'), '---\nlocale: en\n---\n');
    const english = snapshot(join(article, 'en'));
    const r = await runImport(SEED, '--out', out, '--id', 'jiangjin-theme-education-2024', '--force');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Replaced /);
    expect(existsSync(join(article, 'zh-hans', '11.md'))).toBe(false);
    expect(readdirSync(join(article, 'zh-hans'))).toHaveLength(11);
    expect(snapshot(join(article, 'en'))).toEqual(english);
    expect(readdirSync(article).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('imports an article with a numbering gap and no date: exit 0, every warning with file:line, a summary table', async () => {
    const r = await runImport(join(ERRORS, 'skipped-number.txt'), '--out', out, '--id', 'gap');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning\[skipped-number\]  \S*skipped-number\.txt:11 — /);
    expect(r.stdout).toMatch(/01\.md\s+亮点一：\s+关键少数以上率下\s+区委常委会认领78条具体任务。/);
    const noDate = await runImport(join(ERRORS, 'no-date.txt'), '--out', out, '--id', 'undated');
    expect(noDate.code).toBe(0);
    expect(noDate.stderr).toMatch(/warning\[no-date\]  \S*no-date\.txt:1 — /);
    expect(readFileSync(join(out, 'undated', 'zh-hans', 'index.md'), 'utf8')).toMatch(/^# published: /m);
  });

  it('--headline, --date, --source and --locale supply what the text lacks', async () => {
    const r = await runImport(join(ERRORS, 'no-date.txt'), '--out', out, '--id', 'given', '--date', '2024-02-07 09:36', '--source', '某报', '--locale', 'zh-hant');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('no-date');
    const index = readFileSync(join(out, 'given', 'zh-hant', 'index.md'), 'utf8');
    expect(index).toMatch(/^locale: zh-hant$/m);
    expect(index).toMatch(/^source: 某报$/m);
    expect(index).toMatch(/^published: 2024-02-07T09:36:00\+08:00$/m);
  });

  it('notices when npm swallowed the flags (no -- after npm run import)', () => {
    const r = spawnSync(process.execPath, [TSX, 'src/cli/import.ts', SEED, 'x'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_id: 'true' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[npm-flags]');
    expect(r.stderr).toContain('npm run import -- article.txt --id');
  });

  it.each([
    ['no-heading.txt', 'no-heading', 'no-heading.txt — '],
  ])('fails on %s with exit 1, file:line and both languages, no stack trace, leaving the content folder byte-identical', (name, code, where) => {
    const before = snapshot(out);
    const r = spawnImport(join(ERRORS, name), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`error[${code}]`);
    expect(r.stderr).toContain(where);
    expect(r.stderr).toMatch(/✖ 错误 error\[[a-z-]+\]  .* — \p{Script=Han}.+ \/ [A-Z].+/u);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual(before);
  });

  it('fails on undecodable bytes with exit 1 and nothing written', async () => {
    const bad = join(work, 'bad.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('标题\n来源：某地 2024-01-01\n'), Buffer.from([0x80, 0xff, 0x0a])]));
    const before = snapshot(out);
    const r = await runImport(bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error\[undecodable\]  \S*bad\.txt:3 — /);
    expect(snapshot(out)).toEqual(before);
  });

  it.each([
    [[], /No input file given/],
    [['--colour'], /Unknown option/],
    [['missing.txt'], /cannot read the file/],
  ])('rejects bad arguments %j with exit 1 and usage help', async (args, message) => {
    const r = await runImport(...(args as string[]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('rejects an id that is not lower-case ASCII', async () => {
    const before = snapshot(out);
    const r = await runImport(SEED, '--out', out, '--id', 'Jiangjin 2024');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[bad-id]');
    expect(snapshot(out)).toEqual(before);
  });
});
