import { describe, expect, it } from 'vitest';
import { collectFullHeap } from '@/lib/memory/full-collection';

describe('collectFullHeap', () => {
  it('frees the garbage of a large heap at once, and leaves a small heap alone', () => {
    // ~350 MB of objects that become garbage together, as a build phase's working data does.
    let garbage: unknown[] | undefined = Array.from({ length: 4_000_000 }, (_, i) => ({ i, text: `第${i}项` }));
    const full = process.memoryUsage().heapUsed;
    expect(full).toBeGreaterThan(256 * 1024 * 1024);
    expect(garbage.length).toBe(4_000_000);
    garbage = undefined;
    collectFullHeap();
    const after = process.memoryUsage().heapUsed;
    expect(full - after).toBeGreaterThan(150 * 1024 * 1024);
    // Below the threshold nothing is collected: the call returns at once.
    const started = performance.now();
    collectFullHeap();
    expect(performance.now() - started).toBeLessThan(5);
  });
});
