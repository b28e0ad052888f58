import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check-content';
import { overlayError } from '@/lib/check/dev-overlay';

const FIXTURES = join(import.meta.dirname, '../../fixtures/bad-input');

describe('content errors on the dev overlay', () => {
  it('lists every error with file and line, located at the first, in both languages', async () => {
    const dir = join(FIXTURES, 'several-mistakes');
    const err = overlayError(await checkContent(dir), dir, '/root')!;
    expect(err.plugin).toBe('content-check');
    expect(err.message).toContain('内容检查发现 7 个错误');
    expect(err.message).toContain('Content check found 7 error(s)');
    expect(err.message.split('\n').filter((line) => line.includes('report/zh-hans/'))).toHaveLength(7);
    expect(err.hint).toContain('npm run check');
  });

  it('has nothing to show when there are only warnings', async () => {
    expect(overlayError(await checkContent(join(FIXTURES, 'translation-missing')), 'x', '/root')).toBeUndefined();
  });
});
