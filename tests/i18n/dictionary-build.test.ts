// `astro build` on a content folder whose dictionary has a misspelt key (site "broken-dictionary"
// in tests/support/sites.ts, built once by the global setup with expectFailure): the build stops
// with the checker's message and writes no page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import { formatProblem } from '@/lib/check/report';
import { listFiles, ROOT, siteDir, siteLog } from '../support';
import { SITES } from '../support/sites';

describe('astro build with a broken dictionary (site "broken-dictionary", expected to fail)', () => {
  const content = SITES['broken-dictionary']!.contentDir;
  it('stops with the checker’s message naming file, line and key, and writes no HTML', async () => {
    const log = readFileSync(siteLog('broken-dictionary'), 'utf8');
    const errors = (await checkContent(join(ROOT, content))).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ file: 'dictionary.fr.json', line: 15, field: 'indexHeadin' })]);
    expect(log).toContain(formatProblem(errors[0]!, content));
    expect(log).toContain('Did you mean "indexHeading"?');
    expect(log).toContain('nothing was built');
    const dist = siteDir('broken-dictionary');
    expect(existsSync(dist) ? await listFiles(dist, '.html') : []).toEqual([]);
  });
});
