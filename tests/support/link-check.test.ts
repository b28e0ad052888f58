import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInternalLinks } from './link-check';

describe('the internal link checker', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('reports a missing page, a missing fragment, a folder without index.html and a link outside the base path, and accepts good links', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'link-check-'));
    made.push(dist);
    const write = async (file: string, html: string) => {
      await mkdir(dirname(join(dist, file)), { recursive: true });
      await writeFile(join(dist, file), html);
    };
    await write('index.html', `<a href="/base/en/#s1">ok</a><a href="en/">ok</a><a href="#top" id="top">ok</a>
      <a href="https://other.example/x">external</a><a href="https://site.example/base/en/#s1">ok, absolute</a>
      <img src="/base/missing.png" alt=""><a href="/base/en/#nope">bad fragment</a>
      <a href="/base/empty/">no index</a><a href="/elsewhere/">outside</a>`);
    await write('en/index.html', '<section id="s1"></section>');
    await mkdir(join(dist, 'empty'));
    const { checked, problems } = await checkInternalLinks(dist, 'https://site.example', '/base/');
    expect(checked).toBe(8);
    expect(problems).toEqual([
      'index.html: a[href] "/base/en/#nope" → no id="nope" in en/index.html',
      'index.html: a[href] "/base/empty/" → empty/index.html does not exist in dist/',
      'index.html: a[href] "/elsewhere/" leaves the base path /base/',
      'index.html: img[src] "/base/missing.png" → missing.png does not exist in dist/',
    ]);
  });
});
