// `astro build` on broken content (site "bad-content" in tests/support/sites.ts, built once by
// the global setup with expectFailure): it must stop with the checker's own messages and write
// no page at all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import { formatProblem } from '@/lib/check/report';
import { SITES } from '../support/sites';
import { listFiles, ROOT, siteDir, siteLog } from '../support';

const CONTENT = SITES['bad-content']!.contentDir;

describe('astro build with content errors', () => {
  const log = readFileSync(siteLog('bad-content'), 'utf8');

  it('prints every error with the same text as npm run check', async () => {
    const expected = (await checkContent(join(ROOT, CONTENT))).problems.filter((p) => p.severity === 'error');
    expect(expected.length).toBe(7);
    for (const p of expected) expect(log).toContain(formatProblem(p, CONTENT));
    expect(log).toContain('Content check found 7 error(s); nothing was built.');
  });

  it('writes no HTML', async () => {
    const dist = siteDir('bad-content');
    const html = existsSync(dist) ? await listFiles(dist, '.html') : [];
    expect(html).toEqual([]);
  });
});
